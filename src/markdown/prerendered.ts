/**
 * Bodies the build's content check renders as it checks them (content/check-bodies.ts), for Astro's render
 * of the same body to take instead of parsing and rendering it a second time. The check runs on while
 * Astro syncs content: a render waits for its body's turn. The configuration (and so the processor) is
 * loaded apart from the integrations' modules, hence one store on the global object.
 */
export interface RenderedBody {
  /** The HTML Astro stores for the entry. */
  code: string;
  headings: unknown[];
  /** What our plugins add to the entry's frontmatter (references, citation notes, reading text, mentions). */
  added: Record<string, unknown>;
}

/** What the check made of a body: its rendering, or `failed` when it found mistakes (the build stops on them). */
export type CheckedRender = RenderedBody | 'failed';

interface Pending {
  body: string;
  result: Promise<CheckedRender>;
  settle(result: CheckedRender): void;
  taken?: boolean;
}

const STORE = Symbol.for('explainer.prerendered');

function store(): Map<string, Pending> {
  const g = globalThis as unknown as Record<symbol, Map<string, Pending>>;
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

/** The check will render this body: a render of it waits for that instead of rendering it again. */
export function expectRendered(path: string, body: string): void {
  let settle!: (result: CheckedRender) => void;
  const result = new Promise<CheckedRender>((done) => (settle = done));
  store().set(path, { body, result, settle });
}

export function keepRendered(path: string, result: CheckedRender): void {
  store().get(path)?.settle(result);
}

/** What the check made of this file's body, when it checked exactly this body; each is taken once. */
export async function takeRendered(path: string | undefined, body: string): Promise<CheckedRender | undefined> {
  const pending = path ? store().get(path) : undefined;
  if (!pending || pending.taken) return undefined;
  // Kept until the build starts: the check may still have to settle it.
  pending.taken = true;
  if (!same(pending.body, body)) return undefined;
  const result = await pending.result;
  // Astro keeps it from here on.
  store().delete(path!);
  return result;
}

/** Forgets what no render took (bodies Astro found unchanged and did not render again). */
export function forgetRendered(): void {
  for (const pending of store().values()) pending.settle('failed');
  store().clear();
}
