/**
 * The one script every page loads (small, no dependencies). It only enhances:
 * - a section's link copies its full URL where the Clipboard API exists
 *   (it stays a plain link everywhere else);
 * - an anchor recorded as moved sends the reader on to its new place;
 * - the table of contents marks the section being read;
 * - citations and term links preview what they point at on hover and focus.
 */

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
        announce('Link copied to the clipboard');
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

/** What a preview shows: where, the words, whether they are a quotation, and who says them. */
type Preview = [label: string, text: string, quoted: boolean, saidBy?: string];

/** What a link previews, from the small JSON file beside the page it points at, or nothing. */
function previewOf(link: HTMLAnchorElement): [url: string, read: (data: never) => Preview | undefined] | undefined {
  const cite = link.dataset.cite;
  if (cite !== undefined) {
    // A citation: the cited sentences, from /sources/<id>/sentences.json.
    const ids = (cite.split('#')[1] ?? '').split(',');
    const n = ids.map((id) => id.slice(1));
    return [
      new URL('sentences.json', link.href).href,
      (source: { title: string; sentences: Record<string, string>; saidBy?: Record<string, string> }) => [
        `${source.title}, ${n.length > 1 ? `sentences ${n[0]}–${n.at(-1)}` : `sentence ${n[0]}`}: `,
        ids.map((id) => source.sentences[id] ?? '').join(' '),
        true,
        [...new Set(ids.map((id) => source.saidBy?.[id]).filter(Boolean))].join('; ') || undefined,
      ],
    ];
  }
  const [kind, id] = (link.dataset.ref ?? '').split(':');
  if (kind !== 'glossary' && kind !== 'people') return undefined;
  // A term or a person: the definition or role, from /glossary/ or /people/previews.json.
  return [
    new URL('previews.json', link.href).href,
    (entries: Record<string, { title: string; summary: string }>) => {
      const entry = entries[id!];
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
function previewLinks(): void {
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
        const [label, text, quoted, saidBy] = content;
        const where = document.createElement(quoted ? 'span' : 'strong');
        where.className = 'preview-label';
        where.textContent = label;
        const body = document.createElement(quoted ? 'q' : 'span');
        body.textContent = text;
        tip.replaceChildren(where, body);
        if (saidBy) {
          const who = document.createElement('span');
          who.className = 'preview-said-by';
          who.textContent = `Said by: ${saidBy}`;
          tip.append(who);
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
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !current) return;
    dismissed = current;
    hide();
  });
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
}

enhanceCopyLinks();
previewLinks();
followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);
markCitedRange();
markCurrentSection();
