/**
 * Who points at what, across the whole site: which pages cite each source
 * sentence ("cited in"), which pages mention each term, person and event
 * ("mentioned in"), and what each article links. Built once per build from
 * the references and mentions each entry's render recorded
 * (remark-citations, remark-mentions); nothing is parsed twice.
 */
import { getCollection, type RenderedContent } from 'astro:content';
import { collectReferences, type References } from '../markdown/references.ts';
import { entryUrl, url } from '../urls.ts';
import { mentionsOf } from '../markdown/remark-mentions.ts';
import { forgetReferencePacks, pointsApartOf } from '../markdown/bodies-apart.ts';
import { citedSources, pointsAt, type PointAt, type PointsAt } from '../markdown/points-at.ts';

export type EntryKind = 'articles' | 'timeline' | 'glossary' | 'people' | 'questions';

/** A place on the site that points at something. */
export interface Referrer {
  kind: EntryKind;
  id: string;
  /** What a reader sees in a back-list: the article title and section, the event title… */
  label: string;
  /** Where the reference sits: the article section, the entry's anchor. */
  href: string;
}

export interface ReferenceGraph {
  /** `source#s12` → the places that cite it. */
  citedBy: Map<string, Referrers>;
  /** `glossary:frozen-conflict` (or `people:`, `timeline:`) → the places that link it. */
  mentionedBy: Map<string, Referrers>;
  /** What each entry points at, by `kind/id`. */
  refs: Map<string, PointsAt>;
}

const KIND_LABEL: Record<EntryKind, string> = {
  articles: 'Article',
  timeline: 'Timeline',
  glossary: 'Glossary',
  people: 'People',
  questions: 'Key questions',
};

/** How many places a back-list ("cited in", "mentioned in") shows; the rest are counted. */
const SHOWN_REFERRERS = 12;

/** What a page shows of a back-list: its first places and how many there are (what a page's cache key covers). */
export const shownReferrers = (list: Referrers | undefined): [Referrer[], number] => [
  list?.first(SHOWN_REFERRERS) ?? [],
  list?.length ?? 0,
];

/** An entry as a back-list names it. */
interface Place {
  kind: EntryKind;
  id: string;
  title: string;
}

/**
 * The places that point at one thing, in the order they were found. A sentence or term on a big site is pointed
 * at by thousands of places and a page shows the first few: each is made a Referrer only when a page asks for it.
 */
export class Referrers {
  private readonly places: readonly Place[];
  private readonly at: number[] = [];
  private readonly sections: Array<string | undefined> = [];

  /** `places`: the entries, by their number in `add`. */
  constructor(places: readonly Place[]) {
    this.places = places;
  }

  add(place: number, section?: string): void {
    this.at.push(place);
    this.sections.push(section);
  }

  get length(): number {
    return this.at.length;
  }

  /** The first `count` places (fewer if there are fewer). */
  first(count: number): Referrer[] {
    return this.at.slice(0, count).map((place, i) => referrer(this.places[place]!, this.sections[i]));
  }
}

/** Lists an entry under each key it points at, at the section it first does. */
function push(map: Map<string, Referrers>, places: readonly Place[], place: number, points: PointsAt, at: PointAt[]) {
  for (const [key, section] of at) {
    let list = map.get(key);
    if (!list) map.set(key, (list = new Referrers(places)));
    list.add(place, section === undefined ? undefined : points.sections[section]);
  }
}

/** An entry and what it points at. */
interface Entry extends Place {
  points: PointsAt;
}

/** The entry as a back-list shows it, at the section the reference sits in. */
function referrer(entry: Place, section?: string): Referrer {
  switch (entry.kind) {
    case 'articles':
      return { kind: entry.kind, id: entry.id, label: entry.title, href: entryUrl('article', entry.id, section) };
    case 'questions':
      return { kind: entry.kind, id: entry.id, label: entry.title, href: url(`#${entry.id}`) };
    default:
      return {
        kind: entry.kind,
        id: entry.id,
        label: `${KIND_LABEL[entry.kind]}: ${entry.title}`,
        href: entryUrl(entry.kind, entry.id),
      };
  }
}

let graph: Promise<ReferenceGraph> | undefined;

export function getReferenceGraph(): Promise<ReferenceGraph> {
  graph ??= build();
  return graph;
}

async function build(): Promise<ReferenceGraph> {
  const citedBy = new Map<string, Referrers>();
  const mentionedBy = new Map<string, Referrers>();
  const refs = new Map<string, PointsAt>();

  const [articles, timeline, glossary, people, questions] = await Promise.all([
    getCollection('articles'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('people'),
    getCollection('questions'),
  ]);

  // What each entry points at, as its render recorded it: an article's in a file of its own (bodies-apart.ts).
  const recorded = (e: { body?: string; rendered?: RenderedContent }) => {
    const frontmatter = e.rendered?.metadata?.frontmatter;
    const found = (frontmatter as { references?: References } | undefined)?.references;
    return pointsApartOf(frontmatter) ?? pointsAt(found ?? collectReferences(e.body ?? ''), mentionsOf(frontmatter));
  };
  const entries: Entry[] = [
    ...articles.map((e) => ({ kind: 'articles' as const, id: e.id, title: e.data.title, points: recorded(e) })),
    ...timeline.map((e) => ({ kind: 'timeline' as const, id: e.id, title: e.data.title, points: recorded(e) })),
    ...glossary.map((e) => ({ kind: 'glossary' as const, id: e.id, title: e.data.term, points: recorded(e) })),
    ...people.map((e) => ({ kind: 'people' as const, id: e.id, title: e.data.name, points: recorded(e) })),
    ...questions.map((e) => ({ kind: 'questions' as const, id: e.id, title: e.data.question, points: recorded(e) })),
  ];
  forgetReferencePacks();
  const places: Place[] = entries.map(({ kind, id, title }) => ({ kind, id, title }));

  // "Mentioned in" lists the places that link a thing first, then the articles that name it without a link.
  for (const [n, { kind, id, points }] of entries.entries()) {
    refs.set(`${kind}/${id}`, points);
    push(citedBy, places, n, points, points.cited);
    push(
      mentionedBy,
      places,
      n,
      points,
      points.linked.filter(([key]) => !key.startsWith('article:')),
    );
  }
  for (const [n, { kind, points }] of entries.entries())
    if (kind === 'articles') push(mentionedBy, places, n, points, points.named);
  return { citedBy, mentionedBy, refs };
}

/**
 * The sources an entry (`articles/x`, `timeline/y`) cites, by the names readers see (short name or title),
 * in source-id order: what the search's source filter offers.
 */
export async function citedSourceNames(key: string): Promise<string[]> {
  const [found, sources] = await Promise.all([getReferenceGraph(), getCollection('sources')]);
  const points = found.refs.get(key);
  const cited = new Set(points && citedSources(points));
  return sources.filter((s) => cited.has(s.id)).map((s) => s.data.short ?? s.data.title);
}
