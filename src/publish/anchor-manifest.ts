/**
 * Published anchors never silently break. The manifest (committed) lists every
 * page and anchor the site has ever published, and where moved ones went:
 *
 *   { "pages": { "/glossary/": ["frozen-conflict", …] },
 *     "moved": { "/glossary/#old-term": "/glossary/#new-term", "/old-page/": "/new-page/" } }
 *
 * A build that drops a published anchor without a `moved` entry fails, naming
 * the anchor and the page. The manifest only grows: new anchors are added.
 */

export interface AnchorManifest {
  pages: Record<string, string[]>;
  moved: Record<string, string>;
}

export interface ManifestProblem {
  page: string;
  anchor?: string;
  problem: string;
}

export interface ManifestResult {
  problems: ManifestProblem[];
  /** The manifest with this build's new pages and anchors added. */
  updated: AnchorManifest;
  /** Old locations that resolve through `moved`, to their new place (for aliases and redirects). */
  redirects: Array<{ from: string; fromPage: string; fromAnchor?: string; to: string }>;
}

export const emptyManifest = (): AnchorManifest => ({ pages: {}, moved: {} });

/** `/glossary/#x` → `{ page: '/glossary/', anchor: 'x' }`. */
export function splitLocation(loc: string): { page: string; anchor?: string } {
  const i = loc.indexOf('#');
  return i < 0 ? { page: loc } : { page: loc.slice(0, i), anchor: loc.slice(i + 1) };
}

export function compareManifest(manifest: AnchorManifest, current: Map<string, string[]>): ManifestResult {
  const problems: ManifestProblem[] = [];
  const redirects: ManifestResult['redirects'] = [];
  const has = (loc: string) => {
    const { page, anchor } = splitLocation(loc);
    const anchors = current.get(page);
    return anchors !== undefined && (anchor === undefined || anchors.includes(anchor));
  };

  for (const [from, to] of Object.entries(manifest.moved)) {
    if (!has(to))
      problems.push({
        ...splitLocation(from),
        problem: `is recorded as moved to ${to}, which this build does not publish`,
      });
  }

  for (const [page, anchors] of Object.entries(manifest.pages)) {
    const now = current.get(page);
    const pageMove = manifest.moved[page];
    if (!now) {
      if (!pageMove) {
        problems.push({
          page,
          problem: 'was published but is no longer built, and "moved" does not say where it went',
        });
        continue;
      }
      redirects.push({ from: page, fromPage: page, to: pageMove });
    }
    for (const anchor of anchors) {
      if (now?.includes(anchor)) continue;
      const key = `${page}#${anchor}`;
      const to = manifest.moved[key] ?? (pageMove ? `${splitLocation(pageMove).page}#${anchor}` : undefined);
      if (to === undefined) {
        problems.push({ page, anchor, problem: 'was published but is gone, and "moved" does not say where it went' });
      } else if (!has(to)) {
        problems.push({ page, anchor, problem: `moved to ${to}, which this build does not publish` });
      } else {
        redirects.push({ from: key, fromPage: page, fromAnchor: anchor, to });
      }
    }
  }

  const updated: AnchorManifest = { pages: {}, moved: { ...manifest.moved } };
  const allPages = new Set([...Object.keys(manifest.pages), ...current.keys()]);
  for (const page of [...allPages].sort()) {
    updated.pages[page] = [...new Set([...(manifest.pages[page] ?? []), ...(current.get(page) ?? [])])].sort();
  }
  return { problems, updated, redirects };
}

/** The error an editor sees, one line per problem, with the fix. */
export function formatManifestProblems(file: string, problems: ManifestProblem[]): string {
  const lines = problems.map((p) => `  ${p.anchor ? `#${p.anchor} on ${p.page}` : p.page} ${p.problem}`);
  return [
    `Published anchors would break (${file}):`,
    ...lines,
    `  Fix: restore the anchor, or record where it went in "moved" in ${file}, ` +
      `e.g. "${problems[0]?.page ?? '/page/'}#old-id": "/page/#new-id".`,
  ].join('\n');
}
