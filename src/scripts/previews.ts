/**
 * Previews for citations, terms and people, loaded on the first hover or focus of such a link
 * (scripts/on-first-use.ts), with its styles and the data it shows: pages that are only read never download it.
 * On a Ukrainian page a citation shows the English sentence (`lang="en"`) and our translation of it,
 * labelled as ours.
 */
import css from './previews.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const UK = document.documentElement.lang == 'uk';

/**
 * Keeps the preview on screen: under its link, above it near the bottom of the
 * window, never past an edge; on narrow screens (where it is a sheet along the
 * bottom) at the top when the link is in the lower half, so it never hides the focus.
 */
function placePreview(link: Element, tip: HTMLElement): void {
  const anchor = link.getBoundingClientRect();
  tip.classList.remove('tip-top');
  if (getComputedStyle(tip).position === 'fixed') {
    if (anchor.top > innerHeight / 2) tip.classList.add('tip-top');
    return;
  }
  const { width, height } = tip.getBoundingClientRect();
  const margin = 8;
  const left = Math.max(margin, Math.min(anchor.left, innerWidth - margin - width));
  let top = anchor.bottom + 6;
  if (top + height > innerHeight - margin && anchor.top - height - 6 > margin) top = anchor.top - height - 6;
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${top + scrollY}px`;
}

/**
 * What a preview shows: where, the words, whether they are a quotation, who says them, our translation, and the
 * language of "who says them" when it is not the page's (English on a Ukrainian page whose speakers are not
 * worded in Ukrainian yet).
 */
type Preview = [label: string, text: string, quoted: boolean, saidBy?: string, translation?: string, saidIn?: string];
type Sentences = { title: string; sentences: Record<string, string>; saidBy?: Record<string, string> };

/** What a link previews, from the small JSON file beside the page it points at, or nothing. */
function previewOf(link: HTMLAnchorElement): [url: string, read: (data: never) => Preview | undefined] | undefined {
  if (link.classList.contains('cite-link')) {
    // A citation: the cited sentences (a passage in data-cite, else the address's), from /sources/<id>/sentences.json.
    const ids = (link.dataset.cite?.split('#')[1] ?? link.hash.slice(1)).split(',');
    const n = ids.map((id) => id.slice(1));
    return [
      new URL('sentences.json', link.href).href,
      (source: Sentences & { uk?: Sentences }) => {
        // On a Ukrainian page: the source's Ukrainian name, who says it in Ukrainian, and our translation.
        const own = (UK && source.uk) || source;
        const saidBy = own.saidBy ?? source.saidBy;
        const text = (data: Sentences) => ids.map((id) => data.sentences[id] ?? '').join(' ');
        return [
          `${own.title}, ${UK ? 'речення' : n.length > 1 ? 'sentences' : 'sentence'} ${n[0]}` +
            `${n.length > 1 ? `–${n.at(-1)}` : ''}: `,
          text(source),
          true,
          [...new Set(ids.map((id) => saidBy?.[id]).filter(Boolean))].join('; ') || undefined,
          own == source ? undefined : text(own),
          own.saidBy || own == source ? undefined : 'en',
        ];
      },
    ];
  }
  const kind = ['glossary', 'people'].find((k) => link.classList.contains(`ref-${k}`));
  if (!kind) return undefined;
  const id = decodeURIComponent(link.hash.slice(1));
  // A term or a person: the definition or role, from /glossary/ or /people/previews.json.
  return [
    new URL('previews.json', link.href).href,
    (entries: Record<string, { title: string; summary: string }>) => {
      const entry = entries[id];
      return entry && [`${entry.title}: `, entry.summary, false];
    },
  ];
}

/**
 * Previews for citations, terms and people. Pages carry no copy of a quoted
 * sentence or a definition: the first hover or focus of such a link fetches
 * a small JSON file (once per source or list), and one shared tooltip shows
 * the text. The pointer can move onto it and Escape hides it (WCAG 1.4.13);
 * while it shows, it is the link's accessible description.
 */
function setUpPreviews(): (link: HTMLAnchorElement) => void {
  const loaded = new Map<string, Promise<unknown>>();
  const load = (url: string) => {
    let data = loaded.get(url);
    if (!data) {
      data = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
      loaded.set(url, data);
      data.catch(() => loaded.delete(url)); // Offline for a moment: try again next time.
    }
    return data;
  };
  const tip = document.createElement('span');
  tip.id = 'link-preview';
  tip.className = 'preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  let current: HTMLAnchorElement | undefined;
  // Escape dismisses a preview until the pointer or the focus leaves its link.
  let dismissed: HTMLAnchorElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    tip.hidden = true;
    if (current) {
      const own = current.dataset.describedby;
      if (own) current.setAttribute('aria-describedby', own);
      else current.removeAttribute('aria-describedby');
    }
    current = undefined;
  };
  const show = (link: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (link === current || link === dismissed) return;
    hide();
    const preview = previewOf(link);
    if (!preview) return;
    current = link;
    load(preview[0]).then(
      (data) => {
        const content = preview[1](data as never);
        if (current !== link || !content) return;
        const [label, text, quoted, saidBy, translation, saidIn] = content;
        const part = (tag: string, className: string, words: string, parent: Element = tip) => {
          const e = document.createElement(tag);
          if (className) e.className = className;
          e.textContent = words;
          return parent.appendChild(e);
        };
        tip.replaceChildren();
        part(quoted ? 'span' : 'strong', 'preview-label', label);
        // The source's own words, in its language, then ours, labelled as ours.
        const body = part(quoted ? 'q' : 'span', '', text);
        if (translation) {
          body.lang = 'en';
          part('span', 'preview-label', 'Наш переклад: ');
          part('q', 'preview-translation', translation);
        }
        if (saidBy) {
          const who = part('span', 'preview-said-by', `${UK ? 'Хто каже' : 'Said by'}: `);
          if (saidIn) part('span', '', saidBy, who).lang = saidIn;
          else who.append(saidBy);
        }
        if (!tip.isConnected) document.body.append(tip);
        tip.hidden = false;
        if (link.hasAttribute('aria-describedby')) link.dataset.describedby ??= link.getAttribute('aria-describedby')!;
        link.setAttribute('aria-describedby', tip.id);
        placePreview(link, tip);
        // Again after the frame: focusing may scroll the link into view after the event.
        requestAnimationFrame(() => current === link && placePreview(link, tip));
      },
      () => undefined,
    ); // No preview without the data; the link still leads to its target.
  };
  const later = () => {
    clearTimeout(hideTimer);
    // Kept while its link still has the keyboard focus (WCAG 1.4.13: hover or focus).
    hideTimer = setTimeout(() => current !== document.activeElement && hide(), 300);
  };
  const linkOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link, a.ref') ?? undefined;
  document.addEventListener('mouseover', (e) => {
    const link = linkOf(e.target);
    if (link) show(link);
    else if (tip.contains(e.target as Node)) clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (e) => {
    const link = linkOf(e.target);
    if (link && !link.contains(e.relatedTarget as Node)) dismissed = undefined;
    if (link || tip.contains(e.target as Node)) later();
  });
  document.addEventListener('focusin', (e) => {
    const link = linkOf(e.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('focusout', (e) => {
    if (linkOf(e.target) === dismissed) dismissed = undefined;
    if (linkOf(e.target) === current) later();
  });
  // Escape, or following the link to a place on the same page (a tap leaves the focus on it), puts it away.
  const dismiss = () => {
    if (!current) return;
    dismissed = current;
    hide();
  };
  addEventListener('keydown', (e) => e.key === 'Escape' && dismiss());
  addEventListener('hashchange', dismiss);
  // On a phone the preview is a sheet: scrolling can bring the link under it, so it moves to the other edge.
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (!current || tip.hidden || queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (current && !tip.hidden) placePreview(current, tip);
      });
    },
    { passive: true },
  );
  return show;
}

const show = setUpPreviews();

/** Shows a link's preview if the reader is still on it: scripts/on-first-use.ts calls this on each hover or focus. */
export function previewLinks(link: HTMLAnchorElement): void {
  // A tap that loaded this module may already have followed the link to its place on this page.
  const followed = link.pathname === location.pathname && link.hash !== '' && link.hash === location.hash;
  if (!followed && (link.matches(':hover') || link === document.activeElement)) show(link);
}
