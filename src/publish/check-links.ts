/**
 * Every internal link and fragment of the built site resolves, or the build stops listing them. A rebuild checks
 * again only the links of pages that changed, and of pages that link to one that is gone or no longer has an id they
 * point at: the others landed in the last build, and still do (read-pages-cache.ts keeps where each page's links
 * went). Links to files are looked for last, at the end of the build (`astro:build:done`), once the sitemap is written.
 */
import type { PageIds } from './built-site.ts';
import {
  brokenFileLinks,
  missingFiles,
  SiteLinks,
  type BrokenLink,
  type LinkTargets,
  type PageLinks,
} from './link-check.ts';
import { BuildStop } from './build-stop.ts';
import { brokenLinkSources } from './broken-link-source.ts';

/** What the last build's checks found of each page, and where this build's go (read-pages-cache.ts). */
export interface CheckedLinks {
  sameAsLastBuild(key: string): boolean;
  lastTargets(key: string): LinkTargets | undefined;
  recordTargets(key: string, targets: LinkTargets): void;
}

const hasAll = (page: PageIds | undefined, ids: string[]) => page !== undefined && ids.every((id) => page.ids.has(id));

export class BuiltLinks {
  private readonly pages: Map<string, PageIds>;
  private readonly base: string;
  private readonly site: SiteLinks;
  /** The pages whose links were checked in this build. */
  private readonly checked = new Map<string, PageLinks>();
  /** The pages whose links landed in the last build, on pages that are as they were, and where they go. */
  private readonly unchanged = new Map<string, LinkTargets>();

  /** Checks the links between the site's pages. */
  constructor(pages: Map<string, PageIds>, base: string, known?: CheckedLinks) {
    this.pages = pages;
    this.base = base;
    this.site = new SiteLinks(pages, base);
    // A page as it was lands where it did if each page it links to is as it was, or still has the ids it points at.
    const lands = ([target, ...ids]: LinkTargets['pages'][number]) =>
      known!.sameAsLastBuild(target) || hasAll(pages.get(target), ids);
    for (const [key, page] of pages) {
      const last = known?.lastTargets(key);
      if (last && last.pages.every(lands)) this.unchanged.set(key, last);
      else {
        const links = this.site.check(key, page);
        this.checked.set(key, links);
        known?.recordTargets(key, links.targets);
      }
    }
  }

  /** The number of pages whose links this build checked. */
  get checkedPages(): number {
    return this.checked.size;
  }

  /**
   * Looks for the files the pages link to in the written site `out`; stops the build on any broken link, naming
   * where in the content (`contentDir`) it was written when it was.
   */
  checkFiles(out: string, contentDir: string): void {
    const files = new Set<string>();
    for (const links of this.checked.values()) for (const file of links.targets.files) files.add(file);
    for (const targets of this.unchanged.values()) for (const file of targets.files) files.add(file);
    const missing = missingFiles(out, files);
    const broken: BrokenLink[] = [];
    for (const key of this.pages.keys()) {
      let links = this.checked.get(key);
      // A page as it was, linking to a file now missing: its links are read to say which.
      if (!links && this.unchanged.get(key)!.files.some((file) => missing.has(file)))
        links = this.site.check(key, this.pages.get(key)!);
      if (links) broken.push(...links.broken, ...brokenFileLinks(key, links, missing));
    }
    if (broken.length === 0) return;
    const shown = broken.slice(0, 20);
    const written = brokenLinkSources(contentDir, this.base, shown);
    const list = shown
      .map((b) => `  /${b.page}: ${b.href} ${b.problem}${written.has(b) ? ` (written in ${written.get(b)})` : ''}`)
      .join('\n');
    throw new BuildStop(
      `Broken links in the built site (${broken.length}):\n${list}\n` +
        '  Fix: correct the link in the content file named, or in the template that makes it.',
    );
  }
}
