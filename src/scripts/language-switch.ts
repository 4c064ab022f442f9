/**
 * The language switch lands on the section the reader is at: both editions give a section, an entry and
 * a heading the same id, so the link takes the address's #fragment while its element is on screen, or
 * else the last heading of the text scrolled into the top quarter of the view. It is worked out as the
 * reader scrolls, not when the switch is reached: tabbing to the header (through the skip link) scrolls the
 * page to the top first. Without this script the link opens the other edition's page at its top (at load,
 * scripts/on-first-use.ts gives it the address's #fragment; this code comes with the first scroll).
 */
/** The section at `at` (a scroll position): positions are taken as if the page were scrolled there. */
const inView = (at: number): string => {
  const shift = scrollY - at;
  const header = document.querySelector('.site-header')!;
  const sticky = getComputedStyle(header).position === 'sticky';
  // The top of the text on screen: under the header while it shows, else the top of the view (on a phone the
  // header scrolls away with the page).
  const line = Math.max(0, header.getBoundingClientRect().bottom + (sticky ? 0 : shift)) + innerHeight / 4;
  let id = '';
  for (const h of document.querySelectorAll('main :is(h2, h3)[id]:not(aside *, nav *)'))
    if (h.getBoundingClientRect().top + shift < line) id = h.id;
  const marked = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const top = (marked?.getBoundingClientRect().top ?? -1) + shift;
  return marked && top >= 0 && top < innerHeight ? marked.id : id;
};
const follow = () => {
  // Where the reader was before focus went to the header: on-first-use.ts notes it on every scroll, first.
  // An empty hash removes the fragment: the page opens at its top.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]'))
    link.hash = inView(window.readAt ?? scrollY);
};
addEventListener('scroll', follow, { passive: true });
addEventListener('hashchange', follow);
follow();
