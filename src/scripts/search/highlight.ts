/**
 * A search result opens its page at the section with the query's words
 * marked (`?highlight=crimea+sanctions#section`). The marks are plain styled
 * spans, so screen readers read the text as usual, and a button removes them.
 * Loaded, with its styles, only on a page opened from a search result.
 */
import css from './highlight.css?inline';
import type { LanguagePack } from './strings.ts';
import { englishMarks } from './query.ts';
import escapeStringRegexp from 'escape-string-regexp';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const HIT = 'search-hit';

/** The part of the page the result pointed at: an entry, a paragraph, or an article section. */
function scopeFor(target: Element | null): Element[] {
  if (!target) return [document.querySelector('main') ?? document.body];
  const entry = target.closest('.sentence, .entry, .source-paragraph, .questions > li');
  if (entry) return [entry];
  const wrap = target.closest('.heading-wrap');
  if (!wrap) return [target];
  const level = Number(target.tagName.slice(1)) || 2;
  const out: Element[] = [wrap];
  for (let n = wrap.nextElementSibling; n; n = n.nextElementSibling) {
    const h = n.matches('.heading-wrap') ? n.querySelector('h2, h3, h4') : null;
    if (h && Number(h.tagName.slice(1)) <= level) break;
    out.push(n);
  }
  return out;
}

/** Where the words are in a text: in English, words that begin with one; otherwise each word the pack accepts. */
function matcher(words: string[], language?: LanguagePack): (text: string) => Iterable<{ index: number; 0: string }> {
  if (!language || language.lang === 'en') {
    const pattern = new RegExp(
      `(${englishMarks(words)
        .map((w) => escapeStringRegexp(w))
        .join('|')})[\\p{L}\\p{N}]*`,
      'giu',
    );
    return (text) => text.matchAll(pattern);
  }
  const word = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
  return (text) => [...text.matchAll(word)].filter((m) => words.some((w) => language.isFormOf(m[0].toLowerCase(), w)));
}

function mark(scope: Element[], words: string[], language?: LanguagePack): number {
  const matches = matcher(words, language);
  let count = 0;
  for (const root of scope) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('.anchor-link, .cite-link, .print-notes, .preview, .visually-hidden, script, style')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const found = [...matches(text)];
      if (found.length === 0) continue;
      const frag = document.createDocumentFragment();
      let at = 0;
      for (const m of found) {
        // Only whole-word starts: "war" marks "war" and "wartime", not "toward".
        if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
        frag.append(text.slice(at, m.index));
        const span = document.createElement('span');
        span.className = HIT;
        span.textContent = m[0];
        frag.append(span);
        at = m.index + m[0].length;
        count++;
      }
      frag.append(text.slice(at));
      node.replaceWith(frag);
    }
  }
  return count;
}

function clear(bar: HTMLElement): void {
  for (const span of document.querySelectorAll(`.${HIT}`)) span.replaceWith(span.textContent ?? '');
  const main = document.querySelector<HTMLElement>('main');
  main?.normalize();
  bar.remove();
  // The button is gone: keep the keyboard where the reader was reading, not at the top.
  main?.focus({ preventScroll: true });
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
}

/** The words in `?highlight=`, cleaned: letters, digits and inner hyphens only. */
export function highlightWords(search: string): string[] {
  return (new URLSearchParams(search).get('highlight') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(w) && w.length >= 2 && w.length <= 40)
    .slice(0, 8);
}

/** Marks the words; `language` is the page's pack on pages of another edition (English is built in here). */
export function highlightFromUrl(language?: LanguagePack): void {
  const words = highlightWords(location.search);
  if (words.length === 0) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const count = mark(scopeFor(target), words, language);
  if (count > 0) {
    const bar = document.createElement('p');
    bar.className = 'highlight-bar';
    bar.append(language?.strings.highlighted(words) ?? `Search words highlighted: ${words.join(', ')}. `);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = language?.strings.clearHighlights ?? 'Clear highlights';
    button.addEventListener('click', () => clear(bar));
    bar.append(button);
    document.querySelector('main')?.prepend(bar);
  }
}
