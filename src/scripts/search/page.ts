/**
 * The /search/ page: the query and filters live in the URL
 * (`/search/?q=crimea&type=Glossary+term`) so a search can be shared and
 * reloaded; the address is updated without reloading as the reader types.
 */
import { createResultsView } from './results-view.ts';
import { followSearchBox } from './keyboard.ts';
import { cleanQuery } from './query.ts';
import { loadLanguage } from './language.ts';

export async function runSearchPage(): Promise<void> {
  const { strings } = await loadLanguage();
  const input = document.getElementById('search-page-q') as HTMLInputElement;
  const list = document.getElementById('search-results')!;
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of ['type', 'topic', 'source']) if (params.getAll(name).length) filters[name] = params.getAll(name);

  const syncUrl = () => {
    const next = new URLSearchParams();
    const q = cleanQuery(input.value);
    if (q) next.set('q', q);
    for (const [name, values] of Object.entries(view.filters)) for (const v of values) next.append(name, v);
    const search = next.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  };
  const view = createResultsView({
    status: document.getElementById('search-status')!,
    filters: document.getElementById('search-filters')!,
    list,
    more: document.getElementById('search-more')!,
    idPrefix: 'sp',
    headingLevel: 'h2',
    filterGroups: ['type', 'topic', 'source'],
    onFilterChange: () => syncUrl(),
    strings,
  });
  view.filters = filters;
  input.value = cleanQuery(params.get('q') ?? '');

  const update = () => {
    syncUrl();
    void view.run(input.value);
  };
  followSearchBox(input, list, update);
  void view.run(input.value);
}
