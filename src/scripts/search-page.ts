/**
 * Runs the query in `?q=` against the Pagefind index and renders each result
 * with its matching sections as links to `page#anchor`. Text from the index is
 * inserted as text; only Pagefind's <mark> highlights are kept as elements.
 */

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }
interface PagefindApi {
  search: (q: string) => Promise<{ results: Array<{ id: string; data: () => Promise<PagefindResultData> }> }>;
  options?: (o: Record<string, unknown>) => Promise<void>;
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Builds a fragment from a Pagefind excerpt, keeping text and <mark> only. */
export function excerptFragment(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  for (const node of Array.from(parsed.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      frag.append(mark);
    } else {
      frag.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return frag;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

async function loadPagefind(): Promise<PagefindApi> {
  const path = `${BASE}pagefind/pagefind.js`;
  return (await import(/* @vite-ignore */ path)) as PagefindApi;
}

export async function runSearchPage(): Promise<void> {
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, 200);
  const input = document.getElementById('search-page-q') as HTMLInputElement | null;
  if (input) input.value = query;
  if (!query) {
    status.textContent = 'Type a word or name to search, for example Crimea, sanctions or Witkoff.';
    return;
  }
  status.textContent = 'Searching…';
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search needs a built index: run "npm run build" once (the dev server then searches the last build).'
      : 'Search is unavailable right now: the search index could not be loaded.';
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((r) => {
      const subs = r.sub_results.filter((s) => s.url !== r.url);
      return el(
        'li',
        { className: 'result' },
        el('h3', {}, el('a', { href: r.url }, r.meta.title ?? r.url)),
        el('p', { className: 'meta' }, r.meta.type ?? ''),
        subs.length > 0
          ? el('ul', {}, ...subs.slice(0, 4).map((s) => el('li', {}, el('a', { href: s.url, className: 'sub-result' }, s.title), el('p', {}, excerptFragment(s.excerpt)))))
          : el('p', {}, excerptFragment(r.excerpt)),
      );
    }),
  );
  status.textContent =
    results.length === 0
      ? `No results for “${query}”. Try a shorter word, a name such as Zelensky, or browse the glossary.`
      : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”.`;
}
