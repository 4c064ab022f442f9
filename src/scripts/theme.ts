/**
 * The theme switch in the header: light or dark, remembered in localStorage.
 * Without a stored choice the page follows the system (prefers-color-scheme);
 * the inline script in <head> applies a stored choice before the first paint.
 */
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const current = (): 'light' | 'dark' => (root.dataset.theme as 'light' | 'dark' | undefined) ?? (systemDark.matches ? 'dark' : 'light');

function render(): void {
  if (!button) return;
  button.setAttribute('aria-pressed', String(current() === 'dark'));
}

if (button) {
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
}
