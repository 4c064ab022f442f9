/**
 * The one script every page loads (small, no dependencies). It only enhances:
 * - a section's link copies its full URL where the Clipboard API exists
 *   (it stays a plain link everywhere else);
 * - an anchor recorded as moved sends the reader on to its new place;
 * - the table of contents marks the section being read.
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

function markCurrentSection(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
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
  addEventListener('scroll', () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  update();
}

/** Escape hides an open citation or term preview (WCAG 1.4.13) until the reader moves on. */
function dismissPreviewsOnEscape(): void {
  const root = document.documentElement;
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape') root.dataset.previewsHidden = '';
  });
  const reset = () => delete root.dataset.previewsHidden;
  addEventListener('focusin', reset);
  addEventListener('pointerover', reset);
}

/**
 * Keeps a citation or term preview on screen: shifted left at the right edge,
 * above its link near the bottom, and on narrow screens (where it is a sheet)
 * at the top when the link is in the lower half, so it never hides the focus.
 */
function placePreviews(): void {
  const place = (event: Event) => {
    const host = (event.target as Element | null)?.closest?.('.cite, .ref-wrap');
    const tip = host?.querySelector<HTMLElement>(':scope > .cite-quote, :scope > .ref-tip');
    if (!host || !tip) return;
    // Again after the frame: focusing may scroll the link into view after this event.
    placeTip(host, tip);
    requestAnimationFrame(() => placeTip(host, tip));
  };
  const placeTip = (host: Element, tip: HTMLElement) => {
    tip.classList.remove('tip-above', 'tip-top');
    tip.style.removeProperty('--shift');
    const rect = tip.getBoundingClientRect();
    if (rect.width === 0) return; // not shown (dismissed with Escape)
    const anchor = host.getBoundingClientRect();
    if (getComputedStyle(tip).position === 'fixed') {
      if (anchor.top > innerHeight / 2) tip.classList.add('tip-top');
      return;
    }
    const margin = 8;
    if (rect.right > innerWidth - margin) tip.style.setProperty('--shift', `${Math.max(innerWidth - margin - rect.right, margin - rect.left)}px`);
    if (rect.bottom > innerHeight - margin && anchor.top > rect.height + 2 * margin) tip.classList.add('tip-above');
  };
  document.addEventListener('focusin', place);
  document.addEventListener('mouseover', place);
}

enhanceCopyLinks();
dismissPreviewsOnEscape();
placePreviews();
followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);
markCurrentSection();
