/**
 * Loads each enhancement's code when the reader first does what it is for, so a page that is only read
 * downloads none of it: the previews on the first hover or focus of a citation, term or person link; the
 * copy-link code on the first hover, focus or click of a section's `#` link; what depends on the reader's
 * place in the page (scripts/place.ts) on the first scroll or change of #fragment, or at once on a page
 * opened at a #fragment or scrolled. A failed load (offline for a moment) is tried again on the next such event.
 */
import { copyLink, previews, place } from 'virtual:lazy-chunks';
import { delegate } from './delegate.ts';

/** The module at `url`, imported on the first call (again after a failure); undefined while it cannot load. */
function lazy<M>(url: string): () => Promise<M | undefined> {
  let module: Promise<M | undefined> | undefined;
  return () => (module ??= import(/* @vite-ignore */ url).catch(() => (module = undefined)));
}

const previewCode = lazy<typeof import('./previews.ts')>(previews);
delegate(['mouseover', 'focusin'], 'a.cite-link, a.ref', (link) => previewCode().then((m) => m?.previewLinks(link)));

// A click copies once the code is there: the first click may come before its hover's load has finished.
const copyCode = lazy<typeof import('./copy-link.ts')>(copyLink);
delegate(['mouseover', 'focusin', 'click'], 'a[data-anchor-link]', (link, type) =>
  copyCode().then((m) => type === 'click' && m?.copyLink(link)),
);

// Opened at a #fragment, the language switch leads to the same section until scripts/place.ts takes over.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.hash = location.hash;
const loadPlace = lazy(place);
let placed = false;
const placeCode = () => loadPlace().then((m) => (placed = !!m));
if (scrollY || location.hash) void placeCode();
addEventListener(
  'scroll',
  () => {
    // Where the reader has read to, for the switch (language-switch.ts): tabbing to it may scroll to the top.
    if (!document.activeElement?.closest('.site-header, .skip-link')) window.readAt = scrollY;
    void placeCode();
  },
  { passive: true },
);
addEventListener('hashchange', placeCode);
// A switch used before that code has come waits for it, and so still lands on the section being read.
addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-switch]');
  if (!link || placed || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  void placeCode().then(() => location.assign(link.href));
});
