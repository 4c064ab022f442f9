/**
 * Renders a search: the status line (a polite live region with the count),
 * type and topic filters with counts, and the results, each with its matching
 * sections linking to `page#anchor`. Everything from the index is inserted as
 * text; only Pagefind's <mark> highlights are kept as elements.
 */
import { DIALOG_FILTERS, runSearch, PAGE_SIZE, type Filters, type Hit, type SearchOutcome } from './engine.ts';
import { withHighlight } from './query.ts';
import { english, type Strings } from './strings.ts';
import { withoutLead } from './excerpt-lead.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A Pagefind excerpt as text with <mark>s: any other markup is dropped, never parsed into the page. */
export function excerptNodes(html: string): Node[] {
  const out: Node[] = [];
  const parts = html.split(/(<mark>|<\/mark>)/);
  const decode = (s: string) =>
    new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decode(part);
      out.push(marked ? el('mark', {}, text) : document.createTextNode(text));
    }
  }
  return out;
}

export interface ResultsView {
  run(query: string): Promise<SearchOutcome | undefined>;
  filters: Filters;
}

export function createResultsView(parts: {
  status: HTMLElement;
  filters: HTMLElement;
  list: HTMLElement;
  /** Where the "Show more results" button goes. */
  more: HTMLElement;
  idPrefix: string;
  /** Heading level of each result's title, to follow the page's outline. */
  headingLevel: 'h2' | 'h3';
  onFilterChange?: (filters: Filters) => void;
  /** The filter groups offered; the dialog has room for type and topic, the search page for source too. */
  filterGroups?: readonly string[];
  /** What the view says, in the page's language. */
  strings?: Strings;
}): ResultsView {
  const t = parts.strings ?? english.strings;
  const groups = parts.filterGroups ?? DIALOG_FILTERS;
  const offered = new Set(groups);
  const state: { filters: Filters; query: string; run: number } = { filters: {}, query: '', run: 0 };

  const renderFilters = (outcome: SearchOutcome) => {
    // By name, as an index in one part lists them: merged parts list them in the order the parts did.
    // Options with no result for this query (and the filters ticked in other groups) are left out unless ticked.
    const shown = (name: string, values: Record<string, number>) =>
      Object.entries(values).filter(([value, count]) => count > 0 || (state.filters[name] ?? []).includes(value));
    const groups = Object.entries(outcome.counts)
      .filter(([name, values]) => offered.has(name) && t.filterBy[name] && shown(name, values).length > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parts.filters.replaceChildren(
      ...groups.map(([name, values]) =>
        el(
          'fieldset',
          { className: 'search-filter' },
          el('legend', {}, t.filterBy[name]!),
          // A fixed order (not by count) so options stay put as the reader types.
          ...shown(name, values)
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([value, count]) => {
              const id = `${parts.idPrefix}-${name}-${value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
              const box = el('input', {
                type: 'checkbox',
                id,
                value,
                checked: (state.filters[name] ?? []).includes(value),
              });
              box.addEventListener('change', () => {
                const chosen = new Set(state.filters[name] ?? []);
                if (box.checked) chosen.add(value);
                else chosen.delete(value);
                state.filters = { ...state.filters, [name]: [...chosen] };
                parts.onFilterChange?.(state.filters);
                void view.run(state.query);
              });
              return el(
                'span',
                { className: 'search-filter-option' },
                box,
                el('label', { htmlFor: id }, `${name === 'type' ? t.type(value) : value} (${count})`),
              );
            }),
        ),
      ),
    );
  };

  const hitItem = (outcome: SearchOutcome, hit: Hit) =>
    el(
      'li',
      { className: 'result' },
      el(
        parts.headingLevel,
        {},
        el(
          'a',
          { href: withHighlight(hit.url, outcome.highlight ?? outcome.query), className: 'result-link' },
          hit.title,
        ),
      ),
      el('p', { className: 'result-type' }, t.type(hit.type)),
      hit.sections.length > 0
        ? el(
            'ul',
            { className: 'result-sections', ariaLabel: t.sectionsOf(hit.title) },
            ...hit.sections.map((s) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: withHighlight(s.url, outcome.highlight ?? outcome.query), className: 'sub-result' },
                  s.title,
                ),
                el('p', {}, ...excerptNodes(withoutLead(s.excerpt, s.title))),
              ),
            ),
          )
        : el('p', { className: 'result-excerpt' }, ...excerptNodes(withoutLead(hit.excerpt, hit.title))),
    );

  // Watches the "Show more results" button while the results do not fill the screen.
  let filling: IntersectionObserver | undefined;

  const renderHits = (outcome: SearchOutcome) => {
    filling?.disconnect();
    let shown = outcome.hits.length;
    parts.list.replaceChildren(...outcome.hits.map((hit) => hitItem(outcome, hit)));
    parts.more.replaceChildren();
    if (outcome.total <= shown) return;
    const button = el(
      'button',
      { type: 'button', className: 'button search-more-results' },
      t.showMore(outcome.total - shown),
    );
    const append = async (count: number, focus: boolean) => {
      if (!button.isConnected || outcome.total <= shown) return;
      const items = (await outcome.more(count)).map((hit) => hitItem(outcome, hit));
      if (!button.isConnected) return; // a newer search has replaced these results
      parts.list.append(...items);
      shown += items.length;
      if (focus) items[0]?.querySelector('a')?.focus();
      if (outcome.total <= shown) button.remove();
      else button.textContent = t.showMore(outcome.total - shown);
    };
    // One load at a time, in order; one that fails leaves the button, to try again.
    let queue = Promise.resolve();
    const load = (count: number, focus: boolean) =>
      (queue = queue.then(() => append(count, focus)).catch(() => undefined));
    button.addEventListener('click', () => void load(12, true));
    parts.more.append(button);
    // Only results on screen are fetched: while the button is in view (the results so far
    // end above the bottom of the screen), as many more load as could fit below them, if
    // each were as short as the shortest so far; once it is out of view, the rest wait for
    // a click.
    const watch = new IntersectionObserver(async ([entry]) => {
      if (!entry?.isIntersecting || !button.isConnected) return watch.disconnect();
      const bottom = button.closest('dialog')?.getBoundingClientRect().bottom ?? innerHeight;
      const shortest = Math.min(
        ...[...parts.list.children].map((li) => li.getBoundingClientRect().height).filter((h) => h > 40),
      );
      await load(Math.max(1, Math.ceil((bottom - entry.boundingClientRect.top) / shortest)), false);
      watch.unobserve(button);
      if (button.isConnected) watch.observe(button); // observing again reports where it is now
    });
    watch.observe(button);
    filling = watch;
  };

  const view: ResultsView = {
    get filters() {
      return state.filters;
    },
    set filters(f: Filters) {
      state.filters = f;
    },
    async run(query: string) {
      const run = ++state.run;
      state.query = query;
      // A letter alone ("a", «і») is no word to search: the reader is asked for one, as before typing.
      if (!/[\p{L}\p{N}]{2}/u.test(query.replaceAll('.', ''))) {
        parts.list.replaceChildren();
        parts.filters.replaceChildren();
        parts.more.replaceChildren();
        parts.status.textContent = /[\p{L}\p{N}]/u.test(query) || !query.trim() ? t.typeAWord : t.needsLetters;
        return undefined;
      }
      let outcome: SearchOutcome;
      try {
        outcome = await runSearch(query, state.filters, PAGE_SIZE, () => run === state.run, groups);
      } catch {
        if (run !== state.run) return undefined;
        parts.status.textContent = import.meta.env.EXPLAINER_DEV_SERVER ? t.needsBuild : t.unavailable;
        return undefined;
      }
      if (run !== state.run) return undefined; // a newer query has started
      renderFilters(outcome);
      renderHits(outcome);
      const shown = outcome.query.length > 80 ? `${outcome.query.slice(0, 80)}…` : outcome.query;
      const filtered = Object.values(state.filters).some((v) => v.length > 0);
      parts.status.textContent =
        outcome.total === 0 && filtered
          ? t.noResultsFiltered(shown)
          : outcome.total === 0
            ? t.noResults(shown)
            : t.results(outcome.total, shown, filtered, outcome.loosenedTo, outcome.missing);
      return outcome;
    },
  };
  return view;
}
