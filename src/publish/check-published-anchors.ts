/**
 * Compares the anchors the built site publishes with the committed manifest, stops on a dropped one,
 * and records new ones in the manifest file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { publishedAnchors, type PageIds } from './built-site.ts';
import {
  compareManifest,
  emptyManifest,
  formatManifestProblems,
  type AnchorManifest,
  type ManifestResult,
} from './anchor-manifest.ts';
import { BuildStop } from './build-stop.ts';

export const MANIFEST_FILE = 'published-anchors.json';

function readManifest(file: string): AnchorManifest {
  if (!existsSync(file)) return emptyManifest();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return { pages: data.pages ?? {}, moved: data.moved ?? {} };
  } catch (e) {
    throw new BuildStop(
      `Content error in ${file}\n  the anchor manifest is not valid JSON: ${(e as Error).message}\n` +
        '  Fix: repair the JSON (or restore it from git).',
    );
  }
}

/** The built pages' anchors against the manifest: what `recordAnchors` then stops on or records. */
export interface ComparedAnchors {
  manifestFile: string;
  current: Map<string, string[]>;
  result: ManifestResult;
}

/** Compares the anchors the built pages publish with the manifest in `contentDir`. */
export function compareAnchors(contentDir: string, pages: Map<string, PageIds>): ComparedAnchors {
  const manifestFile = join(contentDir, MANIFEST_FILE);
  const current = new Map<string, string[]>();
  for (const [key, page] of pages) current.set(`/${key}`, publishedAnchors(page));
  return { manifestFile, current, result: compareManifest(readManifest(manifestFile), current) };
}

/** Stops on a dropped anchor, else records new ones in the manifest; returns the moves to publish. */
export function recordAnchors(
  { manifestFile, current, result }: ComparedAnchors,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): { current: Map<string, string[]>; redirects: ManifestResult['redirects'] } {
  const shown = relative(process.cwd(), manifestFile);
  if (result.problems.length > 0) throw new BuildStop(formatManifestProblems(shown, result.problems));
  const next = `${JSON.stringify(result.updated, null, 2)}\n`;
  if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== next) {
    writeFileSync(manifestFile, next);
    logger.info(`recorded new published anchors in ${shown} (commit it)`);
  }
  return { current, redirects: result.redirects };
}
