/**
 * The language switch lands on the section the reader is at: both editions give a section, an entry and
 * a heading the same id, so the link takes the address's #fragment or else the last heading scrolled
 * past. Without this script the link opens the other edition's page at its top.
 */
const header = () => document.querySelector<HTMLElement>('.site-header');

/** The id of the section in view: the last heading with an id whose top has passed under the header. */
function sectionInView(): string | undefined {
  const top = (header()?.getBoundingClientRect().bottom ?? 0) + 8;
  let found: string | undefined;
  for (const h of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
    if (h.getBoundingClientRect().top <= top) found = h.id;
    else break;
  }
  return found;
}

function targetHash(): string {
  // The address's own fragment while its element is still on screen; otherwise the section scrolled to.
  const hash = decodeURIComponent(location.hash.slice(1));
  const marked = hash ? document.getElementById(hash) : null;
  if (marked) {
    const { top } = marked.getBoundingClientRect();
    if (top >= 0 && top < innerHeight) return `#${hash}`;
  }
  const inView = sectionInView();
  return inView ? `#${inView}` : '';
}

/** Sets the link's fragment just before it is followed (or copied), so it always matches the view. */
function update(link: HTMLAnchorElement) {
  const target = new URL(link.href);
  target.hash = targetHash();
  link.href = target.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  for (const event of ['pointerdown', 'focus', 'click', 'contextmenu'])
    link.addEventListener(event, () => update(link));
}
