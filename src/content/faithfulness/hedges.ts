/**
 * The hedge rule: where a cited source sentence hedges ("would consider",
 * "likely", "include"), a sentence of ours that restates the hedged part must
 * hedge it too, with a word of the same kind (content/checks/hedges.yaml).
 * "The hedged part" is the rest of the hedge's clause; our sentence restates
 * it when it shares its content words, so a sentence that uses only the
 * unhedged half of a source sentence is not held to the other half's hedge.
 */

export interface HedgeKind {
  id: string;
  /** What the kind is, for messages: "possibility". */
  label: string;
  /** Words that mark the hedge in a source sentence. */
  find: string[];
  /** Words that, in our prose, keep a hedge of this kind at comparable strength. */
  keep: string[];
  /** When set, regular expressions: the hedge counts as lost only where our sentence matches one ("are" for a list). */
  onlyIf?: string[];
  /** Words that turn a hedge of this kind into certainty ("commits"): lost even beside a keeping word. */
  firm?: string[];
}

/** One hedge in a source sentence: its word, its kind and the content words it governs. */
export interface FoundHedge {
  word: string;
  kind: string;
  scope: Set<string>;
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[—–]/g, ' — ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string) => new RegExp(`(?<![\\p{L}])${escape(norm(w)).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'gu');

/** Words too common to show that two sentences say the same thing. */
const STOP = new Set(
  (
    'also that this these those there their they them then than with from into onto over under about which while ' +
    'what when where will would could might should have been being were does other such more most some many much ' +
    'only very both each any its it’s itself your ours just even said says according text report sentence ' +
    // The story's own subjects are in nearly every sentence, so sharing them shows nothing.
    'russia russian ukraine ukrainian kyiv moscow washington london talks negotiations negotiation'
  ).split(' '),
);

/** Crude stems of the content words: enough to see "recognising" and "recognition" as one word. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of norm(text).match(/\p{L}+/gu) ?? []) {
    if (w.length < 4 || STOP.has(w)) continue;
    const bare = w.replace(/(?:ations?|ings?|ions?|ed|es|e|s|ly)$/u, '');
    out.add((bare.length >= 3 ? bare : w).slice(0, 5));
  }
  return out;
}

/** Clause ends: a hedge governs the words after it up to one of these. */
const CLAUSE_END = new RegExp(
  [';', '\\s—\\s', ',\\s+and\\s', '\\s(?:while|though|although|whereas|but)\\s', ',\\s+however']
    .concat(',\\s+(?:have|has|had|is|are|was|were|will|which)\\s')
    .join('|'),
  'u',
);

/** The hedges of a source sentence, found from the kinds' words, or from an editor's override list. */
export function findHedges(sentence: string, kinds: HedgeKind[], override?: string[]): FoundHedge[] {
  const text = norm(sentence);
  const out: FoundHedge[] = [];
  const wanted = override?.map((w) => norm(w));
  for (const kind of kinds) {
    const words = [...kind.find].sort((a, b) => b.length - a.length);
    const taken: Array<[number, number]> = [];
    for (const w of words) {
      if (wanted && !wanted.includes(norm(w))) continue;
      for (const m of text.matchAll(wordRe(w))) {
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m.index < b && end > a)) continue;
        taken.push([m.index, end]);
        const rest = text.slice(end);
        const stop = rest.search(CLAUSE_END);
        out.push({ word: w, kind: kind.id, scope: contentStems(stop >= 0 ? rest.slice(0, stop) : rest) });
      }
    }
  }
  // An override word the kinds do not find in the text still counts, over the whole sentence.
  for (const w of wanted ?? []) {
    if (out.some((h) => norm(h.word) === w)) continue;
    const kind = kinds.find((k) => k.find.some((f) => norm(f) === w));
    if (kind) out.push({ word: w, kind: kind.id, scope: contentStems(text) });
  }
  return out;
}

/** Whether our sentence has a word that keeps a hedge of this kind (and none that firms it). */
export function keepsHedge(sentence: string, kind: HedgeKind): boolean {
  const text = norm(sentence);
  if (kind.firm?.some((w) => wordRe(w).test(text))) return false;
  return kind.keep.some((w) => wordRe(w).test(text));
}

/** Whether our sentence restates what the hedge governs: it shares two of its content words (one, if it has one). */
export function restates(sentence: string, hedge: FoundHedge): boolean {
  if (hedge.scope.size === 0) return false;
  const ours = contentStems(sentence);
  let shared = 0;
  for (const s of hedge.scope) if (ours.has(s)) shared++;
  return shared >= Math.min(2, hedge.scope.size);
}

export interface LostHedge {
  /** The hedge word in the source sentence. */
  word: string;
  kind: HedgeKind;
  /** `source#s3` */
  cited: string;
  citedText: string;
}

/** A sentence about what the sources do not say restates nothing, so it has no hedge to keep. */
const ABSENCE =
  /(?<![\p{L}])(?:does not|do not|did not|doesn't|don't|never|neither|nor|nothing|no one|none)(?![\p{L}])/iu;

/** The hedges of the cited sentences that our sentence restates without keeping. */
export function lostHedges(
  sentence: string,
  cited: Array<{ key: string; text: string; hedges: FoundHedge[] }>,
  kinds: HedgeKind[],
): LostHedge[] {
  const byId = new Map(kinds.map((k) => [k.id, k]));
  const out: LostHedge[] = [];
  // Clause by clause: "Neither text reports X; Russia appears as the party that would keep control" hedges the second.
  for (const clause of norm(sentence).split(/;|\s—\s/u)) {
    if (ABSENCE.test(clause)) continue;
    // Quoted words are the source's own, shown as a quotation: they restate nothing in our voice.
    const unquoted = clause.replace(/["“][^"”]*["”]/gu, ' ');
    for (const c of cited) {
      for (const h of c.hedges) {
        const kind = byId.get(h.kind)!;
        if (out.some((l) => l.kind === kind)) continue;
        const applies = !kind.onlyIf || kind.onlyIf.some((p) => new RegExp(p, 'u').test(clause));
        if (applies && restates(unquoted, h) && !keepsHedge(clause, kind))
          out.push({ word: h.word, kind, cited: c.key, citedText: c.text });
      }
    }
  }
  return out;
}
