/**
 * Everything search, in one chunk that pages load on first use: the dialog,
 * the /search/ page, and highlighting where a result lands. Its styles come
 * with it, so reading pages never download them.
 */
import css from './search.css?raw';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export { openSearch } from './dialog.ts';
export { runSearchPage } from './page.ts';
export { highlightFromUrl } from './highlight.ts';
export { loadPagefind as warmUp } from './engine.ts';
