/**
 * The one script every page loads (small, no dependencies). It only enhances:
 * - a section's link copies its full URL where the Clipboard API exists
 *   (it stays a plain link everywhere else);
 * - an anchor recorded as moved sends the reader on to its new place;
 * - the table of contents marks the section being read;
 * - citations and term links preview what they point at on hover and focus
 *   (the preview code loads on the first such hover or focus: previews.ts).
 */
import { previews } from 'virtual:lazy-chunks';

/** What this script says, in the page's language (Ukrainian pages have `<html lang="uk">`). */
const UK = document.documentElement.lang == 'uk';

function announce(message: string): void {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node so screen readers announce repeated copies too.
  requestAnimationFrame(() => (status.textContent = message));
}

function enhanceCopyLinks(): void {
  if (!navigator.clipboard?.writeText) return;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-anchor-link]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        link.dataset.copied = '';
        announce(UK ? 'Посилання скопійовано' : 'Link copied to the clipboard');
        setTimeout(() => delete link.dataset.copied, 2000);
      },
      () => undefined, // No permission: the link still works as a link.
    );
  });
}

function followMovedAnchor(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const to = id ? document.getElementById(id)?.getAttribute('data-moved-to') : null;
  if (to) location.replace(to);
}

/**
 * A citation of several sentences ("sentences 13–14") links to the first; the
 * source page marks the rest of the passage too. The range travels in
 * sessionStorage from the click to the page it opens (the link stays a plain
 * link to the sentence, which without JavaScript is marked alone).
 */
function markCitedRange(): void {
  const KEY = 'cited-range';
  addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link');
    const ids = link?.dataset.cite?.split('#')[1];
    try {
      if (ids?.includes(',')) sessionStorage[KEY] = `${link!.href} ${ids}`;
    } catch {
      // Storage off: the first sentence is still marked.
    }
  });
  try {
    const [url, ids] = (sessionStorage[KEY] ?? '').split(' ');
    delete sessionStorage[KEY];
    if (url === location.href)
      for (const id of ids.split(',').slice(1)) document.getElementById(id)?.classList.add('in-cited-range');
  } catch {
    // As above.
  }
}

function markCurrentSection(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null);
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    const line = window.innerHeight * 0.3;
    let active: HTMLElement | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) active = h;
    const link = active ? links.get(active.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(update);
      }
    },
    { passive: true },
  );
  update();
}

/** Loads the previews on the first hover or focus of a citation, term or person link (again after a failure). */
function loadPreviews(): void {
  const events = ['mouseover', 'focusin'] as const;
  const first = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link, a.ref');
    if (!link) return;
    for (const type of events) document.removeEventListener(type, first);
    (import(/* @vite-ignore */ previews) as Promise<typeof import('./previews.ts')>).then(
      (m) => m.previewLinks(link),
      () => loadPreviews(),
    );
  };
  for (const type of events) document.addEventListener(type, first);
}

enhanceCopyLinks();
loadPreviews();
followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);
markCitedRange();
markCurrentSection();
