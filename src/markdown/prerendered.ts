/**
 * Bodies the build's content check has already rendered (content/check.ts renders while it checks), kept
 * for Astro's render of the same body to take instead of parsing and rendering it a second time.
 * The configuration (and so the processor) is loaded apart from the integrations' modules, hence one store
 * on the global object.
 */
export interface RenderedBody {
  /** The HTML Astro stores for the entry. */
  code: string;
  headings: unknown[];
  /** What our plugins add to the entry's frontmatter (references, citation notes, reading text). */
  added: Record<string, unknown>;
}

interface Kept extends RenderedBody {
  body: string;
}

const STORE = Symbol.for('explainer.prerendered');

function store(): Map<string, Kept> {
  const g = globalThis as unknown as Record<symbol, Map<string, Kept>>;
  return (g[STORE] ??= new Map());
}

/**
 * Whether the check rendered the body Astro hands the processor: Astro trims it, the check pads it with a
 * blank line per frontmatter line. A body that starts with indented text is not taken (trimming would
 * make it another document).
 */
function same(checked: string, astro: string): boolean {
  const text = checked.replace(/\r\n/g, '\n').replace(/^\n+/, '');
  return !/^[ \t]/.test(text) && text.trimEnd() === astro.replace(/\r\n/g, '\n').trim();
}

export function keepRendered(path: string, body: string, rendered: RenderedBody): void {
  store().set(path, { body, ...rendered });
}

/** The rendering of this file's body, when the check made one of exactly this body; each is taken once. */
export function takeRendered(path: string | undefined, body: string): RenderedBody | undefined {
  if (!path) return undefined;
  const kept = store().get(path);
  if (!kept) return undefined;
  store().delete(path);
  return same(kept.body, body) ? kept : undefined;
}

/** Forgets what no render took (bodies Astro found unchanged and did not render again). */
export function forgetRendered(): void {
  store().clear();
}
