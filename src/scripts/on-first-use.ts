/**
 * Loads each enhancement's code when the reader first does what it is for, so a page that is only read
 * downloads none of it: the previews on the first hover or focus of a citation, term or person link; the
 * copy-link code on the first hover, focus or click of a section's `#` link; what depends on the reader's
 * place in the page (scripts/place.ts) on the first scroll or change of #fragment, or at once on a page
 * opened at a #fragment, with a query (a search result's words to mark) or scrolled. A failed load
 * (offline for a moment) is tried again on the next such event.
 */
import { copyLink, previews, place } from 'virtual:lazy-chunks';

// The previews bring their own listeners; the link that loaded them is shown once they are there.
const loadPreviews = (e: Event) => {
  const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link, a.ref');
  if (!link) return;
  removeEventListener('mouseover', loadPreviews);
  removeEventListener('focusin', loadPreviews);
  (import(/* @vite-ignore */ previews) as Promise<typeof import('./previews.ts')>).then(
    (m) => m.previewLinks(link),
    waitForPreviews,
  );
};
const waitForPreviews = () => {
  addEventListener('mouseover', loadPreviews);
  addEventListener('focusin', loadPreviews);
};
waitForPreviews();

// A click copies once the code is there: the first click may come before its hover's load has finished.
let copying: Promise<typeof import('./copy-link.ts')> | undefined;
const copier = () => (copying ??= import(/* @vite-ignore */ copyLink)).catch(() => (copying = undefined));
for (const type of ['mouseover', 'focusin', 'click'])
  document.addEventListener(type, (e) => {
    const link = (e.target as Element | null)?.closest?.('a[data-anchor-link]');
    if (link) void copier().then((m) => type == 'click' && m?.copyLink(link as HTMLAnchorElement));
  });

// Opened at a #fragment, the language switch leads to the same section until scripts/place.ts takes over.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.hash = location.hash;
const loadPlace = () => {
  removeEventListener('scroll', loadPlace);
  removeEventListener('hashchange', loadPlace);
  import(/* @vite-ignore */ place).catch(waitForPlace);
};
const waitForPlace = () => {
  addEventListener('scroll', loadPlace, { passive: true });
  addEventListener('hashchange', loadPlace);
};
if (scrollY || location.hash || location.search) loadPlace();
else waitForPlace();
