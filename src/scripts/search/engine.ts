/**
 * The search engine on the reader's side: Pagefind's own API, loaded on first
 * use, with our query clean-up, type/topic filters and a fallback for
 * misspellings (Pagefind matches word prefixes, so "Zelenskyy" finds nothing;
 * trimming it to "Zelensky" does). On Ukrainian pages the language pack turns the
 * query into the stems its words' case forms share (uk-words.ts).
 */
import { withTrailingSlash } from '../../urls.ts';
import { loadLanguage } from './language.ts';
import { PARTS_FILE, partFolders } from './index-parts.ts';
import type { LanguagePack } from './strings.ts';
import { isNarrow } from './when-to-search.ts';
import { cleanQuery, loosen, queryWords, withoutAskingWords } from './query.ts';

interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number; balanced_score?: number }>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSub[];
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindData> }>;
  totalFilters?: Record<string, Record<string, number>>;
  filters?: Record<string, Record<string, number>>;
}
interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => Pagefind;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  /** `null` with filters: loads those filters' data only. */
  preload: (q: string | null, o?: Record<string, unknown>) => Promise<void>;
}

export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
  sections: Array<{ url: string; title: string; excerpt: string }>;
}

export interface SearchOutcome {
  query: string;
  /** The words actually searched when the query had to be loosened. */
  loosenedTo?: string;
  /** The words a result's page marks: the query's own, less the words that only ask, or the loosened query. */
  highlight?: string;
  /** The reader's words no page has, which the results leave out ("grain" of "grain deal"). */
  missing?: string[];
  total: number;
  hits: Hit[];
  /**
   * Result counts per filter value for this query: for each group, among the results of the filters ticked in the
   * other groups (its own values are alternatives to each other), so a combination offered never comes to nothing.
   */
  counts: Record<string, Record<string, number>>;
  /** Loads the next results (their text is fetched only now). */
  more: (count?: number) => Promise<Hit[]>;
}

export type Filters = Record<string, string[]>;

export const BASE = withTrailingSlash(import.meta.env.BASE_URL);
/**
 * Results whose text is fetched at once (each costs a fragment download, 2–3 KB for an
 * article): two, about what a phone screen shows. More load while the list
 * is shorter than the screen, and then on request (results-view.ts).
 */
export const PAGE_SIZE = 2;

let loading: Promise<Pagefind> | undefined;
/** Pagefind and the page's language once both have loaded: what typing can use without waiting. */
let ready: { pagefind: Pagefind; language: LanguagePack } | undefined;

/**
 * Weights (titles, names, terms) should decide more than how often a word repeats
 * or how short an entry is; tuned against tests/fixtures/search-queries.ts.
 */
const OPTIONS = { excerptLength: 22, baseUrl: BASE, ranking: { termFrequency: 0.5, pageLength: 0.2 } };

/** Loads Pagefind once; rejects (with a reason a reader can act on) when no index is built. */
export function loadPagefind(): Promise<Pagefind> {
  if (loading) return loading;
  loading = (async () => {
    // Fetched beside the script; an index written before parts existed has no list, and is one part.
    const parts = fetch(`${BASE}pagefind/${PARTS_FILE}`)
      .then((r) => (r.ok ? r.json().then(partFolders) : []))
      .catch(() => []);
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
    // On the main thread: the index is small, and the worker script would be another 12 KB to fetch.
    const pagefind = module.createInstance({ noWorker: true });
    await pagefind.options(OPTIONS);
    await pagefind.init?.();
    // A big site's index comes in parts (src/publish/search-parts.ts): Pagefind searches each and merges.
    await Promise.all((await parts).map((folder) => pagefind.mergeIndex(`${BASE}pagefind/${folder}`, OPTIONS)));
    return pagefind;
  })();
  // A failed load is tried again by the next search.
  loading.catch(() => (loading = undefined));
  void Promise.all([loading, loadLanguage()]).then(
    ([pagefind, language]) => {
      ready = { pagefind, language };
      // What was typed while Pagefind loaded: its chunks now, beside the filters' data, not after them.
      if (typedWhileLoading !== undefined) preloadQuery(typedWhileLoading);
    },
    () => {},
  );
  return loading;
}

/** The query as last typed before Pagefind had loaded. */
let typedWhileLoading: string | undefined;

/** The filter groups the search dialog shows counts for (type and topic); the search page shows more. */
export const DIALOG_FILTERS: readonly string[] = ['type', 'topic'];

const filtersLoading = new Map<string, Promise<void>>();

/**
 * Loads the data of the filter groups whose counts searches report: Pagefind counts only over the filters it has
 * loaded, and loads one on its own only when a search filters by it. Only the groups shown: every group loaded
 * costs bytes and time in each search's counting.
 */
function loadFilters(pagefind: Pagefind, groups: readonly string[]): Promise<unknown> {
  const missing = groups.filter((group) => !filtersLoading.has(group));
  if (missing.length > 0) {
    const loading = pagefind.preload(null, { filters: Object.fromEntries(missing.map((group) => [group, []])) });
    for (const group of missing) filtersLoading.set(group, loading);
    loading.catch(() => missing.forEach((group) => filtersLoading.delete(group)));
  }
  return Promise.all(groups.map((group) => filtersLoading.get(group)));
}

/** Loads Pagefind and the filters the search dialog shows, while the reader is yet to type. */
export const warmUp = (): Promise<unknown> => loadPagefind().then((pagefind) => loadFilters(pagefind, DIALOG_FILTERS));

/**
 * As the reader types, before the search waits for the next keystroke: fetches the index chunks the words typed
 * so far fall in, so the search after the last keystroke finds them loaded (Pagefind's own debounced search does
 * the same), once a word is long enough; what is typed before Pagefind has loaded, once it has.
 */
export function preloadQuery(raw: string): void {
  if (!ready) return void (typedWhileLoading = raw);
  typedWhileLoading = undefined;
  const searched = ready.language.query(cleanQuery(raw));
  if (!isNarrow(queryWords(searched))) return;
  ready.pagefind.preload(searched).catch(() => {});
}

function filterOption(filters: Filters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) if (v.length > 0) out[k] = { any: v };
  return out;
}

/** Each group's counts among the results of the other groups' ticked filters (`SearchOutcome.counts`). */
async function filterCounts(
  pagefind: Pagefind,
  searched: string,
  filters: Filters,
  found: PagefindSearch,
): Promise<SearchOutcome['counts']> {
  const counts = { ...(found.totalFilters ?? found.filters ?? {}) };
  const ticked = Object.keys(filters).filter((group) => filters[group]!.length > 0);
  for (const group of Object.keys(counts)) {
    // With no other group ticked, the totals are this group's counts.
    if (!ticked.some((other) => other !== group)) continue;
    const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== group));
    const search = await pagefind.search(searched, { filters: filterOption(others) });
    counts[group] = search?.filters?.[group] ?? {};
  }
  return counts;
}

/** The words a hit's excerpts mark, as the reader's words are compared with them. */
const markedWords = (hit: Hit): string[] =>
  [...[hit.excerpt, ...hit.sections.map((s) => s.excerpt)].join(' ').matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) =>
    m[1]!.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''),
  );

/**
 * Whether a marked word is a form of a query word, either written with or without its hyphens: Pagefind searches
 * "cease-fire" as "ceasefire", and may mark "de-escalation" for "deescalation".
 */
const formOfAny = (word: string, words: string[], language: LanguagePack): boolean => {
  const closed = word.replaceAll('-', '');
  return words.some((w) => {
    const searched = w.replaceAll('-', '');
    return language.isFormOf(word, w) || language.isFormOf(closed, searched);
  });
};

/** Whether a hit's highlighted words are forms of a query word (language.isFormOf). */
function answers(hit: Hit, query: string, language: LanguagePack): boolean {
  const words = queryWords(query);
  return markedWords(hit).some((m) => formOfAny(m, words, language));
}

/**
 * The query's words no page has, as the reader typed them: Pagefind leaves such a word out of a search of
 * several ("grain deal" finds what "deal" finds). Only a word the first results do not mark is searched alone.
 */
async function unknownWords(pagefind: Pagefind, raw: string, searched: string, hits: Hit[], language: LanguagePack) {
  const words = queryWords(searched);
  if (words.length < 2) return [];
  const marked = hits.flatMap(markedWords);
  const unmarked = words.filter((word) => !marked.some((m) => formOfAny(m, [word], language)));
  const alone = await Promise.all(unmarked.map((word) => pagefind.search(word)));
  const unknown = unmarked.filter((_, i) => alone[i] && alone[i].results.length === 0);
  // Each as the reader wrote it, without its punctuation (the Ukrainian index is searched with each word's key).
  const typed = raw.split(' ').map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return unknown.map((word) => typed.find((t) => queryWords(language.query(t)).includes(word)) ?? word);
}

async function toHits(search: PagefindSearch, from: number, to: number, language: LanguagePack): Promise<Hit[]> {
  const data = await Promise.all(search.results.slice(from, to).map((r) => r.data()));
  const clean = language.clean;
  return data.map((d) => ({
    url: d.url,
    title: clean(d.meta.title ?? d.url),
    type: d.meta.type ?? 'Page',
    excerpt: clean(d.excerpt),
    // The sections where the words weigh most come first (a heading match beats a passing mention).
    sections: (d.sub_results ?? [])
      .filter((s) => s.url !== d.url && s.url.includes('#'))
      .map((s, i) => ({
        s,
        i,
        score: (s.weighted_locations ?? []).reduce((n, l) => n + (l.balanced_score ?? l.weight), 0),
      }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 3)
      .map(({ s }) => ({ url: s.url, title: clean(s.title), excerpt: clean(s.excerpt) })),
  }));
}

/**
 * Searches, and fetches the text of the first `limit` results. `current` says whether the
 * caller still wants this search: while the reader types, a search overtaken by the next
 * keystroke stops before downloading anything more (its answer would be thrown away).
 * The outcome counts results per value of each filter group in `groups`.
 */
export async function runSearch(
  raw: string,
  filters: Filters = {},
  limit = PAGE_SIZE,
  current: () => boolean = () => true,
  groups: readonly string[] = DIALOG_FILTERS,
): Promise<SearchOutcome> {
  const query = cleanQuery(raw);
  const empty: SearchOutcome = { query, total: 0, hits: [], counts: {}, more: async () => [] };
  if (!/[\p{L}\p{N}]/u.test(query)) return empty;
  const [pagefind, language] = await Promise.all([loadPagefind(), loadLanguage()]);
  let searched = language.query(query);
  // The words' index chunks load beside the filters' data (the search needs both), not after it.
  pagefind.preload(searched).catch(() => {});
  await loadFilters(pagefind, groups);
  if (!current()) return empty;
  let search = await pagefind.search(searched, { filters: filterOption(filters) });
  let loosenedTo: string | undefined;
  for (let attempt = 0; search && search.results.length === 0 && attempt < 3 && current(); attempt++) {
    const next = loosen(searched);
    if (!next || next === searched) break;
    searched = next;
    search = await pagefind.search(searched, { filters: filterOption(filters) });
    if (search && search.results.length > 0) loosenedTo = searched;
  }
  if (!search || !current()) return empty;
  const found = search;
  const firstHits = await toHits(found, 0, Math.min(limit, found.results.length), language);
  // Pagefind splits an unknown word into known pieces ("xyzzy" → "x"); a result whose only
  // matches are such scraps answers nothing the reader asked, so none of them is shown.
  if (firstHits.length > 0 && !firstHits.some((h) => answers(h, searched, language))) return { ...empty, loosenedTo };
  const missing = found.results.length > 0 ? await unknownWords(pagefind, query, searched, firstHits, language) : [];
  if (!current()) return empty;
  let shown = Math.min(limit, found.results.length);
  return {
    query,
    loosenedTo,
    highlight: loosenedTo ?? withoutAskingWords(query, language.asking),
    ...(missing.length > 0 && { missing }),
    total: found.results.length,
    hits: firstHits,
    counts: await filterCounts(pagefind, searched, filters, found),
    more: async (count = PAGE_SIZE) => {
      const next = await toHits(found, shown, shown + count, language);
      shown += next.length;
      return next;
    },
  };
}
