/** Runs a real `astro build` (with the Pagefind step) of some content into a folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { ASTRO_NODE_FLAGS } from '../../scripts/node-flags.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run build`'s script (scripts/build.sh), as a program and its arguments. */
export const NPM_BUILD = ['sh', join(ROOT, 'scripts/build.sh')] as const;

/** The environment `env` with this process's Node first on PATH: the one the build script's `node` runs. */
export const withThisNode = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  PATH: `${dirname(process.execPath)}${delimiter}${env.PATH ?? ''}`,
});

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

export function buildSite(
  opts: {
    contentDir?: string;
    outDir?: string;
    base?: string;
    /** Astro's cache (default: beside the output folder), so two builds can share one. */
    cacheDir?: string;
    /** Build with `npm run build` (staging folder, then swap) instead of `astro build`. */
    npmBuild?: boolean;
    /** The search index in this many parts, whatever the site's size (src/publish/search-parts.ts). */
    searchParts?: number;
  } = {},
): Promise<BuildResult> {
  const outDir = opts.outDir ?? mkdtempSync(join(tmpdir(), 'explainer-out-'));
  const env = {
    ...process.env,
    EXPLAINER_OUT_DIR: outDir,
    EXPLAINER_CACHE_DIR: opts.cacheDir ?? `${outDir}-cache`,
    ...(opts.contentDir ? { EXPLAINER_CONTENT_DIR: opts.contentDir } : {}),
    ...(opts.base ? { EXPLAINER_BASE: opts.base } : {}),
    ...(opts.searchParts ? { EXPLAINER_SEARCH_PARTS: String(opts.searchParts) } : {}),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return new Promise((done, fail) => {
    const [program, ...command] = opts.npmBuild
      ? NPM_BUILD
      : [process.execPath, ...ASTRO_NODE_FLAGS, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const child = spawn(program, command, { cwd: ROOT, env: withThisNode(env) });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
  });
}
