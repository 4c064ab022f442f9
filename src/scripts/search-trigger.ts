/**
 * Opens the search dialog from any page: the header's Search button (or Enter
 * in its box) and Ctrl/⌘+K. The dialog and the index load on that first use
 * only; a page a search result opened loads just the code that marks its words.
 * Before that, a page runs no search code. Without JavaScript the header form
 * simply goes to /search/?q=….
 */

import { search, highlight, uk } from 'virtual:lazy-chunks';

// Plain import() of a URL: no preload helper on every page (publish/lazy-chunks.ts).
const load = (): Promise<typeof import('./search/index.ts')> => import(/* @vite-ignore */ search);

/** What the reader types after Ctrl/⌘+K while the dialog loads, for its box; undefined when nothing waits for it. */
let typed: string | undefined;

function open(query?: string): void {
  // If the search code cannot load (offline, or a page older than the last deploy), the form goes to the search page.
  load().then(
    (m) =>
      m.openSearch(query, () => {
        const ahead = typed ?? '';
        typed = undefined;
        return ahead;
      }),
    () => {
      typed = undefined;
      form?.submit();
    },
  );
}

const form = document.querySelector<HTMLFormElement>('.site-header form[role="search"]');
if (form && !location.pathname.endsWith('/search/')) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    open(new FormData(form).get('q')?.toString() ?? '');
  });
  // Fetch the code and index while the reader is still typing, so results come at once.
  form.addEventListener(
    'focusin',
    () =>
      void load()
        .then((m) => m.warmUp())
        .catch(() => undefined),
    { once: true },
  );
}

// Arriving from a search result: mark the query's words where the reader lands (without the dialog's code;
// on a Ukrainian page with the Ukrainian pack, which knows the words' case forms).
if (/[?&]highlight=/.test(location.search))
  void Promise.all([
    import(/* @vite-ignore */ highlight) as Promise<typeof import('./search/highlight.ts')>,
    document.documentElement.lang.startsWith('uk')
      ? (import(/* @vite-ignore */ uk) as Promise<typeof import('./search/ukrainian.ts')>).then((m) => m.ukrainian)
      : undefined,
  ]).then(
    ([m, language]) => m.highlightFromUrl(language),
    () => undefined,
  );

addEventListener('keydown', (e) => {
  if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
    e.preventDefault();
    if (location.pathname.endsWith('/search/')) document.getElementById('search-page-q')?.focus();
    else {
      typed = '';
      open();
    }
  } else if (typed !== undefined && !(e.ctrlKey || e.metaKey || e.isComposing)) {
    // Keys that type go to the box, not the page (AltGr's letters too).
    if (e.key.length === 1) typed += e.key;
    else if (e.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    e.preventDefault();
  }
});
