/**
 * A citation of several sentences ("sentences 13–14") links to the first; the source page marks the rest
 * of the passage too (scripts/cited-range.ts). The range travels in sessionStorage from the click, caught
 * here on every page at load, to the page it opens (the link stays a plain link to the sentence, which
 * without JavaScript is marked alone). A click on a citation of one sentence clears a range left unused,
 * so that range cannot mark a passage the reader did not follow.
 */
import { delegate } from './delegate.ts';

delegate(['click'], 'a.cite-link', (link) => {
  const ids = link.dataset.cite?.split('#')[1];
  try {
    if (ids?.includes(',')) sessionStorage['cited-range'] = `${link.href} ${ids}`;
    else delete sessionStorage['cited-range'];
  } catch {
    // Storage off: the first sentence is still marked.
  }
});
