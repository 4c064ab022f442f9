/**
 * Search, in one chunk that pages load on first use: the dialog and the
 * /search/ page, with their styles, so reading pages never download them.
 * Highlighting where a result lands is a chunk of its own (highlight.ts).
 */
import css from './search.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export { openSearch } from './dialog.ts';
export { runSearchPage } from './page.ts';
export { warmUp } from './engine.ts';
