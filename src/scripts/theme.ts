/**
 * The theme switch in the header: light or dark, remembered in localStorage.
 * Without a stored choice the page follows the system (prefers-color-scheme);
 * choosing the system's own theme forgets the choice, so the page follows the
 * system again. The inline script in <head> applies a stored choice before
 * the first paint.
 */
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const dark = (): boolean => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) == 'dark';
const render = () => button!.setAttribute('aria-pressed', String(dark()));

if (button) {
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = dark() ? 'light' : 'dark';
    // A choice other than the system's is kept; the system's own is forgotten.
    const own = dark() == systemDark.matches;
    if (own) root.dataset.theme = next;
    else delete root.dataset.theme;
    try {
      if (own) localStorage.setItem('theme', next);
      else localStorage.removeItem('theme');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
}
