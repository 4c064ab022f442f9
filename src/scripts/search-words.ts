/**
 * Arriving from a search result (`?highlight=…`): marks the query's words where the reader lands, with
 * the highlighting code alone, not the dialog's (loaded with scripts/place.ts).
 */
import { highlight } from 'virtual:lazy-chunks';

if (/[?&]highlight=/.test(location.search))
  (import(/* @vite-ignore */ highlight) as Promise<typeof import('./search/highlight.ts')>)
    .then((m) => m.highlightOnArrival())
    .catch(() => undefined);
