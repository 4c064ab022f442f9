/** What follows the reader's place in the page, loaded on the first scroll (scripts/on-first-use.ts). */
import './current-section.ts';
import './language-switch.ts';
