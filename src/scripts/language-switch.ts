/**
 * The language switch lands on the section the reader is at: both editions give a section, an entry and
 * a heading the same id, so the link takes the address's #fragment while its element is on screen, or
 * else the last heading scrolled into the top quarter of the view. Without this script the link opens
 * the other edition's page at its top.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]'))
  for (const event of ['pointerdown', 'focus', 'click'])
    link.addEventListener(event, () => {
      const line = document.querySelector('.site-header')!.getBoundingClientRect().bottom + innerHeight / 4;
      let id = '';
      for (const h of document.querySelectorAll('main :is(h2, h3)[id]'))
        if (h.getBoundingClientRect().top < line) id = h.id;
      const marked = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const top = marked?.getBoundingClientRect().top ?? -1;
      if (top >= 0 && top < innerHeight) id = marked!.id;
      // An empty hash removes the fragment: the page opens at its top.
      link.hash = id;
    });
