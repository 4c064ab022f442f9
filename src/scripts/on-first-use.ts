/**
 * Loads each enhancement's code when the reader first does what it is for, so a page that is only read
 * downloads none of it: the previews on the first hover or focus of a citation, term or person link; the
 * copy-link code on the first hover, focus or click of a section's `#` link; the contents' and the language
 * switch's tracking of the section being read on the first scroll (or at once on a page opened scrolled).
 * A failed load (offline for a moment) is tried again on the next such event.
 */
import { copyLink, previews, reading } from 'virtual:lazy-chunks';

/** Runs `use` on the first of `events` whose target is inside an element matching `selector`. */
function onFirst(events: string[], selector: string, url: string, use: (module: never, el: Element) => void): void {
  const first = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.(selector);
    if (!el) return;
    for (const type of events) document.removeEventListener(type, first);
    import(/* @vite-ignore */ url).then(
      (m) => use(m as never, el),
      () => onFirst(events, selector, url, use),
    );
  };
  for (const type of events) document.addEventListener(type, first);
}

onFirst(['mouseover', 'focusin'], 'a.cite-link, a.ref', previews, (m: typeof import('./previews.ts'), link) =>
  m.previewLinks(link as HTMLAnchorElement),
);

// A click copies once the code is there: the first click may come before its hover's load has finished.
let copying: Promise<typeof import('./copy-link.ts')> | undefined;
const copier = () => (copying ??= import(/* @vite-ignore */ copyLink)).catch(() => (copying = undefined));
for (const type of ['mouseover', 'focusin', 'click'])
  document.addEventListener(type, (e) => {
    const link = (e.target as Element | null)?.closest?.('a[data-anchor-link]');
    if (link) void copier().then((m) => type == 'click' && m?.copyLink(link as HTMLAnchorElement));
  });

// Opened at a #fragment, the switch leads to the same section until the reading code takes over.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.hash = location.hash;
const read = () => {
  removeEventListener('scroll', read);
  removeEventListener('hashchange', read);
  import(/* @vite-ignore */ reading).catch(waitToRead);
};
const waitToRead = () => {
  addEventListener('scroll', read, { passive: true });
  addEventListener('hashchange', read);
};
if (scrollY || location.hash) read();
else waitToRead();
