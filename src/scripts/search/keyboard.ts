/**
 * A search box as both the dialog and the /search/ page use it: `run` follows the
 * reader's typing (when-to-search.ts says how soon; the index chunks the words need start
 * loading at once) and runs at once on Enter; arrow keys move between the box and the
 * result links (Tab works too).
 */
import { preloadQuery } from './engine.ts';
import { queryWords } from './query.ts';
import { searchDelay } from './when-to-search.ts';

export function followSearchBox(input: HTMLInputElement, list: HTMLElement, run: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = -Infinity;
  input.addEventListener('input', (e) => {
    clearTimeout(timer);
    preloadQuery(input.value);
    const delay = searchDelay(queryWords(input.value), e.timeStamp - lastKey);
    lastKey = e.timeStamp;
    if (delay === 0) run();
    else timer = setTimeout(run, delay);
  });
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[i + 1] : i === 0 ? input : all[i - 1];
    next?.focus();
  });
}
