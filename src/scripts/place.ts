/**
 * What depends on the reader's place in the page, loaded on the first scroll or change of #fragment, or
 * at once on a page opened at a #fragment or scrolled (scripts/on-first-use.ts): a moved anchor forwards,
 * a cited passage is marked, the contents mark the section being read and the language switch follows it.
 */
import './moved-anchor.ts';
import './cited-range.ts';
import './current-section.ts';
import './language-switch.ts';
