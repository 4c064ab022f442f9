/**
 * What an entry adds to the reference graph, in the few strings the graph reads: each sentence it cites and
 * each entry it links or names, once, at the section of its first mention. The graph reads this for every
 * article on every build, so it is what an article keeps of its render (bodies-apart.ts), not every citation.
 */
import { sentenceIds } from './citation-syntax.ts';
import type { References } from './references.ts';
import type { Mention } from './remark-mentions.ts';

/** A key (`source#s12`, `glossary:x`) and the number of its section in `sections`, if it sits under one. */
export type PointAt = [key: string, section?: number];

export interface PointsAt {
  /** The section ids the points below sit under. */
  sections: string[];
  /** Each source sentence cited (`source#s12`), in the order first cited. */
  cited: PointAt[];
  /** Each entry linked (`glossary:x`, `article:y`), in the order first linked. */
  linked: PointAt[];
  /** Each term or person named where not linked (an English article's, as it rendered), in the order first named. */
  named: PointAt[];
}

/** The points of an entry's references and mentions, each once. */
export function pointsAt(found: References, mentions: readonly Mention[] = []): PointsAt {
  const sections: string[] = [];
  const sectionNumber = new Map<string, number>();
  const seen = new Set<string>();
  const point = (list: PointAt[], key: string, section: string | undefined) => {
    if (seen.has(key)) return;
    seen.add(key);
    if (section === undefined) return void list.push([key]);
    let n = sectionNumber.get(section);
    if (n === undefined) sectionNumber.set(section, (n = sections.push(section) - 1));
    list.push([key, n]);
  };
  const cited: PointAt[] = [];
  for (const c of found.citations) for (const id of sentenceIds(c)) point(cited, `${c.source}#${id}`, c.section);
  const linked: PointAt[] = [];
  for (const l of found.links) point(linked, `${l.kind}:${l.id}`, l.section);
  const named: PointAt[] = [];
  for (const m of mentions) point(named, m.key, m.section);
  return { sections, cited, linked, named };
}

/** The first sentence cited of each source, by source id, in the order first cited. */
export function firstCited(points: PointsAt): Map<string, string> {
  const first = new Map<string, string>();
  for (const [key] of points.cited) {
    const at = key.indexOf('#');
    const source = key.slice(0, at);
    if (!first.has(source)) first.set(source, key.slice(at + 1));
  }
  return first;
}

/** The ids of the sources cited, in the order first cited. */
export const citedSources = (points: PointsAt): string[] => [...firstCited(points).keys()];

/** The entries linked, as `[kind, id]`, in the order first linked. */
export const linkedEntries = (points: PointsAt): Array<[kind: string, id: string]> =>
  points.linked.map(([key]) => {
    const at = key.indexOf(':');
    return [key.slice(0, at), key.slice(at + 1)];
  });
