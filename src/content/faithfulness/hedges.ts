/**
 * The hedge rule: where a cited source sentence hedges ("would consider",
 * "likely", "include"), a sentence of ours that restates the hedged part must
 * hedge it too, with a word of the same kind (content/checks/hedges.yaml).
 * "The hedged part" is the rest of the hedge's clause; our sentence restates
 * it when it shares its content words, so a sentence that uses only the
 * unhedged half of a source sentence is not held to the other half's hedge.
 * Language-aware (prose-language.ts): a Ukrainian sentence is compared with our Ukrainian translation of the
 * cited sentence, with content/uk/checks/hedges.yaml's words.
 */
import { ENGLISH, normWords, type ProseLanguage } from './prose-language.ts';
import escapeStringRegexp from 'escape-string-regexp';
import { compiledPattern } from './compiled-pattern.ts';

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
  /** How many of the scope's words a sentence must share to restate it (default two). */
  minShared?: number;
}

/** A word or phrase of the rule data; a trailing `*` stands for any ending (`можлив*`: можливо, можливий…). */
const wordPattern = (w: string) => {
  const stem = w.endsWith('*');
  const words = escapeStringRegexp(normWords(stem ? w.slice(0, -1) : w)).replace(/ /g, '\\s+');
  return `(?<![\\p{L}])${words}${stem ? '\\p{L}*' : ''}(?![\\p{L}])`;
};
const wordRe = (w: string) => compiledPattern(wordPattern(w), 'gu');
const hasWord = (w: string, text: string) => compiledPattern(wordPattern(w), 'u').test(text);

/** Crude stems of the content words: enough to see "recognising" and "recognition" as one word. */
export const contentStems = (text: string, language: ProseLanguage = ENGLISH): Set<string> => language.stems(text);

/** The hedges of a source sentence, found from the kinds' words, or from an editor's override list. */
export function findHedges(
  sentence: string,
  kinds: HedgeKind[],
  override?: string[],
  language: ProseLanguage = ENGLISH,
): FoundHedge[] {
  const text = normWords(sentence);
  const out: FoundHedge[] = [];
  const wanted = override?.map((w) => normWords(w));
  for (const kind of kinds) {
    const words = [...kind.find].sort((a, b) => b.length - a.length);
    const taken: Array<[number, number]> = [];
    for (const w of words) {
      if (wanted && !wanted.includes(normWords(w))) continue;
      for (const m of text.matchAll(wordRe(w))) {
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m.index < b && end > a)) continue;
        taken.push([m.index, end]);
        const rest = text.slice(end);
        const stop = rest.search(language.clauseEnd);
        out.push({ word: w, kind: kind.id, scope: language.stems(stop >= 0 ? rest.slice(0, stop) : rest) });
      }
    }
  }
  // An override word the kinds do not find in the text still counts, over the whole sentence.
  for (const w of wanted ?? []) {
    if (out.some((h) => normWords(h.word) === w)) continue;
    const kind = kinds.find((k) => k.find.some((f) => normWords(f) === w));
    if (kind) out.push({ word: w, kind: kind.id, scope: language.stems(text) });
  }
  return out;
}

/** Whether our sentence has a word that keeps a hedge of this kind (and none that firms it). */
export function keepsHedge(sentence: string, kind: HedgeKind): boolean {
  const text = normWords(sentence);
  if (kind.firm?.some((w) => hasWord(w, text))) return false;
  return kind.keep.some((w) => hasWord(w, text));
}

/** Whether our sentence restates what the hedge governs: it shares two of its content words (one, if it has one). */
export function restates(sentence: string, hedge: FoundHedge, language: ProseLanguage = ENGLISH): boolean {
  if (hedge.scope.size === 0) return false;
  const ours = language.stems(sentence);
  let shared = 0;
  for (const s of hedge.scope) if (ours.has(s)) shared++;
  return shared >= Math.min(hedge.minShared ?? 2, hedge.scope.size);
}

export interface LostHedge {
  /** The hedge word in the source sentence. */
  word: string;
  kind: HedgeKind;
  /** `source#s3` */
  cited: string;
  citedText: string;
}

/** The hedges of the cited sentences that our sentence restates without keeping. */
export function lostHedges(
  sentence: string,
  cited: Array<{ key: string; text: string; hedges: FoundHedge[] }>,
  kinds: HedgeKind[],
  language: ProseLanguage = ENGLISH,
): LostHedge[] {
  const byId = new Map(kinds.map((k) => [k.id, k]));
  const out: LostHedge[] = [];
  // Clause by clause: "Neither text reports X; Russia appears as the party that would keep control" hedges the second.
  for (const clause of normWords(sentence).split(language.clauseSplit)) {
    if (language.absence.test(clause)) continue;
    // Quoted words are the source's own, shown as a quotation: they restate nothing in our voice.
    const unquoted = language.unquoted(clause);
    for (const c of cited) {
      for (const h of c.hedges) {
        const kind = byId.get(h.kind)!;
        if (out.some((l) => l.kind === kind)) continue;
        const applies = !kind.onlyIf || kind.onlyIf.some((p) => compiledPattern(p, 'u').test(clause));
        if (applies && restates(unquoted, h, language) && !keepsHedge(clause, kind))
          out.push({ word: h.word, kind, cited: c.key, citedText: c.text });
      }
    }
  }
  return out;
}
