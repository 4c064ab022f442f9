/**
 * The search engine on the reader's side: Pagefind's own API, loaded on first
 * use, with our query clean-up, type/topic filters and a fallback for
 * misspellings (Pagefind matches word prefixes, so "Zelenskyy" finds nothing;
 * trimming it to "Zelensky" does). On Ukrainian pages the language pack turns the
 * query into the stems its words' case forms share (uk-words.ts).
 */
import { withTrailingSlash } from '../../urls.ts';
import { isLang, langPrefix } from '../../i18n/languages.ts';
import { loadLanguage } from './language.ts';
import { PARTS_FILE, partFolders } from './index-parts.ts';
import type { LanguagePack } from './strings.ts';
import { isNarrow } from './when-to-search.ts';
import { bareWord, cleanQuery, exactAbbreviation, loosen, oneScript, queryWords, withoutAskingWords } from './query.ts';
import type { Entries } from './typos.ts';

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
  const searched = ready.language.query(cleanQuery(raw)).replaceAll('"', '');
  if (!isNarrow(queryWords(searched))) return;
  ready.pagefind.preload(searched).catch(() => {});
}

function filterOption(filters: Filters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) if (v.length > 0) out[k] = { any: v };
  return out;
}

/**
 * Pagefind's search. A phrase in quotes (and an abbreviation, query.ts) is searched exactly, and its results
 * ranked as the same words' are: Pagefind orders an exact search's results by where they are, and a glossary
 * term's entry would come after every source sentence with the words.
 */
async function find(pagefind: Pagefind, searched: string, filters: Filters): Promise<PagefindSearch | null> {
  const options = { filters: filterOption(filters) };
  if (!/^\s*".+"\s*$/.test(searched)) return pagefind.search(searched, options);
  const [exact, ranked] = await Promise.all([
    pagefind.search(searched, options),
    pagefind.search(searched.replaceAll('"', ''), options),
  ]);
  if (!exact || !ranked) return exact;
  const rank = new Map(ranked.results.map((r, i) => [r.id, i]));
  const order = new Map(exact.results.map((r, i) => [r, rank.get(r.id) ?? ranked.results.length + i]));
  return { ...exact, results: [...exact.results].sort((a, b) => order.get(a)! - order.get(b)!) };
}

/** The code that tells a misspelt word (typos.ts), a chunk of its own loaded when a word first finds nothing. */
const typos = () => import('./typos.ts');

/** The distinctive words of each edition's glossary and people pages (typos.ts), fetched when a word finds nothing. */
const vocabularies = new Map<string, Promise<Map<string, string>>>();

function loadVocabulary(language: LanguagePack): Promise<Map<string, string>> {
  let loading = vocabularies.get(language.lang);
  if (!loading) {
    const prefix = isLang(language.lang) ? langPrefix(language.lang) : '';
    loading = Promise.all([
      typos(),
      ...['glossary', 'people'].map((page) =>
        fetch(`${BASE}${prefix}${page}/previews.json`).then((r) => (r.ok ? (r.json() as Promise<Entries>) : {})),
      ),
    ]).then(([{ vocabulary }, ...entries]) => vocabulary(entries as Entries[], language.key));
    vocabularies.set(language.lang, loading);
    // A failed load is tried again by the next word that finds nothing.
    loading.catch(() => vocabularies.delete(language.lang));
  }
  return loading.catch(() => new Map());
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

/**
 * Whether a hit's highlighted words answer a query word (language.answers), either with or without hyphens. `alone`:
 * the word is all the reader typed (and may be being typed still).
 */
function answers(hit: Hit, query: string, language: LanguagePack, alone: boolean): boolean {
  const words = queryWords(query);
  return markedWords(hit).some((m) =>
    words.some(
      (w) => language.answers(m, w, alone) || language.answers(m.replaceAll('-', ''), w.replaceAll('-', ''), alone),
    ),
  );
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
  // No result, or only scraps of it ("whitkoff" alone finds "why").
  const found = await Promise.all(
    alone.map(async (search, i) => {
      if (!search) return true;
      const [first] = await toHits(search, 0, 1, language);
      return first !== undefined && answers(first, unmarked[i]!, language, false);
    }),
  );
  const unknown = unmarked.filter((_, i) => !found[i]);
  // Each as the reader wrote it, without its punctuation (the Ukrainian index is searched with each word's key).
  const typed = raw.split(' ').map(bareWord);
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
  // The query with each word in one script («Рoсія» with a Latin "o"), and its words that carry meaning: what a
  // correction replaces a word in.
  const asked = oneScript(query);
  const typed = withoutAskingWords(asked, language.asking);
  const bare = typed
    .split(' ')
    .map(bareWord)
    .filter((w) => w.length >= 2);
  const searchedAs = (words: string) =>
    exactAbbreviation(withoutAskingWords(words, language.asking), language.query(words));
  const searched = searchedAs(asked);
  const exact = searched.includes('"');
  // The words' index chunks load beside the filters' data (the search needs both), not after it.
  pagefind.preload(searched.replaceAll('"', '')).catch(() => {});
  await loadFilters(pagefind, groups);
  if (!current()) return empty;

  /** A search and the text of its first results, if one of them answers it (not only scraps of its words). */
  const attempt = async (words: string) => {
    const search = await find(pagefind, words, filters);
    if (!search || search.results.length === 0 || !current()) return undefined;
    const hits = await toHits(search, 0, Math.min(limit, search.results.length), language);
    // Pagefind splits an unknown word into known pieces ("xyzzy" → "x"); a result whose only matches are such
    // scraps answers nothing the reader asked, so none of them is shown.
    const answer = (h: Hit) => answers(h, words, language, bare.length <= 1);
    if (hits.some(answer)) return { searched: words, search, hits };
    // Words that only begin the same (визнання of визнати): the next few results may have the word itself; else a
    // query of one word shows them, named as close matches (but «ядерна зброя» is not answered by «збройний»).
    const related = hits.flatMap(markedWords).find((m) => formOfAny(m, queryWords(words), language));
    if (!related || !current()) return undefined;
    const next = await toHits(search, hits.length, hits.length + 4, language);
    if (next.some(answer)) return { searched: words, search, hits };
    return bare.length === 1 ? { searched: words, search, hits, related } : undefined;
  };

  let found = await attempt(searched);
  let missing = found ? await unknownWords(pagefind, asked, searched, found.hits, language) : [];
  let loosenedTo = found?.related;
  if (!exact && current() && (missing.length > 0 || (!found && bare.length > 0))) {
    // The words that find nothing: those a search leaves out, or of a search that found nothing, its one word, or
    // those of its words that find nothing alone.
    const unknown = found
      ? missing
      : bare.length > 1
        ? await unknownWords(pagefind, asked, searched, [], language)
        : bare;
    // Such a word may be a slip away from a name or term of the site's ("Whitkoff"): searched as that.
    const fixed =
      unknown.length > 0
        ? (await typos()).corrected(typed, unknown, await loadVocabulary(language), language.key)
        : undefined;
    const retried = fixed ? await attempt(searchedAs(fixed)) : undefined;
    if (retried) {
      found = retried;
      loosenedTo = retried.related ?? fixed;
      missing = await unknownWords(pagefind, fixed!, retried.searched, retried.hits, language);
    } else {
      // Else what the query's other words find ("Trump Putin meeting"), without the scraps of the others that
      // Pagefind marks ("put" of "Putin"); or its words with their hyphens as spaces.
      const rest = typed
        .split(' ')
        .filter((t) => !unknown.includes(bareWord(t)))
        .join(' ');
      const spaced = typed.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
      const others = unknown.length > 0 && /[\p{L}\p{N}]/u.test(rest) ? await attempt(searchedAs(rest)) : undefined;
      if (others) [found, missing] = [others, unknown];
      else if (!found && spaced !== typed && (found = await attempt(searchedAs(spaced)))) loosenedTo = spaced;
    }
  }
  // Else a word typed short or misspelt at its end, shorter: what that finds must be the reader's word with a slip
  // or two ("Crimia", "Crimea"), not another that begins the same ("Starmer", "start").
  let shorter = searched;
  const { isNear } = found || exact ? { isNear: () => false } : await typos();
  for (let tries = 0; !found && !exact && tries < 3 && current(); tries++) {
    const next = loosen(shorter);
    if (!next || next === shorter) break;
    shorter = next;
    const tried = await attempt(shorter);
    const near = (hit: Hit) => markedWords(hit).some((m) => bare.some((t) => isNear(m, t.toLowerCase(), language.key)));
    if (tried?.hits.some(near)) {
      found = tried;
      loosenedTo = shorter;
    }
  }
  if (!found || !current()) {
    // Nothing to count; a ticked filter stays on offer, to untick.
    const ticked = Object.entries(filters).filter(([, values]) => values.length > 0);
    return {
      ...empty,
      counts: Object.fromEntries(ticked.map(([g, v]) => [g, Object.fromEntries(v.map((x) => [x, 0]))])),
    };
  }
  const { search, hits } = found;
  let shown = hits.length;
  return {
    query,
    loosenedTo,
    highlight: loosenedTo ?? typed,
    ...(missing.length > 0 && { missing }),
    total: search.results.length,
    hits,
    counts: await filterCounts(pagefind, found.searched, filters, search),
    more: async (count = PAGE_SIZE) => {
      const next = await toHits(search, shown, shown + count, language);
      shown += next.length;
      return next;
    },
  };
}
