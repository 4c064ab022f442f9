/**
 * The search dialog every page opens from its header (the Search button or
 * Ctrl/⌘+K). Loaded only on that first use. A native modal <dialog> keeps
 * focus inside, closes on Escape, and focus goes back where it was.
 */
import { createResultsView } from './results-view.ts';
import { followSearchBox } from './keyboard.ts';
import { BASE, warmUp } from './engine.ts';
import { loadLanguage } from './language.ts';
import { isLang, langPrefix } from '../../i18n/languages.ts';
import type { LanguagePack } from './strings.ts';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function build({ lang, strings: t }: LanguagePack): HTMLDialogElement {
  // The search page of this page's edition: /search/ or /uk/search/.
  const searchPage = `${BASE}${isLang(lang) ? langPrefix(lang) : ''}search/`;
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title"></h2>
      <button type="button" class="button search-close"><span class="visually-hidden"></span></button>
    </div>
    <form role="search" class="search-form search-dialog-form" action="${searchPage}">
      <label for="search-dialog-q"></label>
      <input id="search-dialog-q" name="q" type="search" autocomplete="off" spellcheck="false" maxlength="500">
    </form>
    <p class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
    <div class="search-filters"></div>
    <ol class="results"></ol>
    <div class="search-more-slot"></div>
    <p class="search-more"><a href="${searchPage}"></a></p>`;
  d.querySelector('h2')!.textContent = t.dialogTitle;
  d.querySelector('.search-close .visually-hidden')!.textContent = t.closeHidden;
  d.querySelector('.search-close')!.prepend(t.close);
  d.querySelector('label')!.textContent = t.boxLabel;
  d.querySelector('.search-more a')!.textContent = t.fullPage;
  document.body.append(d);
  const input = d.querySelector<HTMLInputElement>('input')!;
  const list = d.querySelector<HTMLElement>('.results')!;
  const more = d.querySelector<HTMLAnchorElement>('.search-more a')!;
  const view = createResultsView({
    status: d.querySelector('.search-status')!,
    filters: d.querySelector('.search-filters')!,
    list,
    more: d.querySelector('.search-more-slot')!,
    idPrefix: 'sd',
    headingLevel: 'h3',
    strings: t,
  });
  const update = () => {
    more.href = `${searchPage}?q=${encodeURIComponent(input.value.trim())}`;
    void view.run(input.value);
  };
  followSearchBox(input, list, update);
  d.querySelector('.search-close')!.addEventListener('click', () => d.close());
  // A click on the backdrop (outside the panel) closes too.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('close', () => opener?.focus());
  (d as HTMLDialogElement & { run?: () => void }).run = update;
  return d;
}

export async function openSearch(query = '', typedAhead?: () => string): Promise<void> {
  // Start loading the index while the reader types.
  void warmUp().catch(() => undefined);
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog ??= build(await loadLanguage());
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  // What the reader typed while the dialog loaded goes on, the caret after it, for the next key to follow.
  const typed = typedAhead?.() ?? '';
  if (query || typed) input.value = query + typed;
  if (!dialog.open) dialog.showModal();
  input.focus();
  if (typed) input.setSelectionRange(input.value.length, input.value.length);
  else input.select();
  (dialog as HTMLDialogElement & { run?: () => void }).run?.();
}
