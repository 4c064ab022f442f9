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

const current = (): 'light' | 'dark' =>
  (root.dataset.theme as 'light' | 'dark' | undefined) ?? (systemDark.matches ? 'dark' : 'light');

function render(): void {
  if (!button) return;
  button.setAttribute('aria-pressed', String(current() === 'dark'));
}

if (button) {
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    const system = systemDark.matches ? 'dark' : 'light';
    if (next === system) delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === system) localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
}
