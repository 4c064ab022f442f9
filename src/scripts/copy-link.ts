/**
 * A section's `#` link copies its full address where the Clipboard API exists (it stays a plain link
 * everywhere else, and still goes to the section). Loaded on the first hover, focus or click of such a
 * link (scripts/on-first-use.ts).
 */
import css from './copy-link.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const UK = document.documentElement.lang == 'uk';

function announce(message: string): void {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node so screen readers announce repeated copies too.
  requestAnimationFrame(() => (status.textContent = message));
}

export function copyLink(link: HTMLAnchorElement): void {
  if (!navigator.clipboard?.writeText) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  navigator.clipboard.writeText(url).then(
    () => {
      link.dataset.copied = '';
      announce(UK ? 'Посилання скопійовано' : 'Link copied to the clipboard');
      setTimeout(() => delete link.dataset.copied, 2000);
    },
    () => undefined, // No permission: the link still works as a link.
  );
}
