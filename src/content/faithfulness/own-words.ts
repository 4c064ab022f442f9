/**
 * Our own words: six words in a row of one source sentence, outside quotation marks, are the source's wording
 * passed off as ours. Words are compared lower-cased, with one kind of apostrophe and one spelling of the endings
 * British and American English write differently (-ise/-ize, -yse/-yze, -our/-or), so that a respelling does not
 * make copied wording our own. A run of names ("from France, Germany, the UK and") is not wording: a run counts only
 * with two words or more of four letters or more that are not capitalised. A translation is held to our translation
 * of the sources.
 */
import { runsOf } from './prose-metrics.ts';

/** Words in a row that make a copied run. */
export const RUN = 6;

const respelled = (word: string) =>
  word
    .replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\p{L})ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/(?<=\p{L}{2})our(s|ed|ing|able)?$/u, 'or$1');

const wordsOf = (text: string) => text.replace(/[’‘ʼ`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
const compared = (word: string) => respelled(word.toLowerCase());

/** A text's words as runs are compared: lower-cased, apostrophes made one, British endings spelled one way. */
export const runWords = (text: string): string[] => wordsOf(text).map(compared);

/** Words a run needs that are neither names nor short linking words, so that a list of names is not wording. */
const WORDING_WORDS = 2;
const isWording = (word: string) => word.length > 3 && !/^\p{Lu}/u.test(word);

/** Every run of RUN words within one sentence of the sources, with the sentence it is in (`source#s3`). */
export function sourceRuns(sentences: Iterable<readonly [key: string, text: string]>): Map<string, string> {
  const runs = new Map<string, string>();
  for (const [key, text] of sentences)
    for (const run of runsOf(runWords(text), RUN)) if (!runs.has(run)) runs.set(run, key);
  return runs;
}

export interface CopiedRun {
  /** The copied words, as compared. */
  words: string;
  /** The source sentence they are in. */
  key: string;
}

/** A word of our prose as the runs of some source know it: its compared form, and the words that follow it there. */
interface KnownWord {
  form: string;
  next: Set<string> | undefined;
}

/**
 * For a set of runs: which word follows which in some run (most places in our prose start no run, and are passed
 * over at once), and each word of our prose met so far, so that a word costs one look-up.
 */
const indexes = new WeakMap<
  ReadonlyMap<string, string>,
  { pairs: Map<string, Set<string>>; met: Map<string, KnownWord> }
>();
function indexOf(runs: ReadonlyMap<string, string>) {
  let index = indexes.get(runs);
  if (!index) {
    const pairs = new Map<string, Set<string>>();
    for (const run of runs.keys()) {
      const [first, second] = run.split(' ', 2) as [string, string];
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Set()));
      next.add(second);
    }
    indexes.set(runs, (index = { pairs, met: new Map() }));
  }
  return index;
}

/** The first run of a source sentence's words in `text` (our words, with what it quotes taken out), if any. */
export function copiedRun(text: string, runs: ReadonlyMap<string, string>): CopiedRun | undefined {
  const { pairs, met } = indexOf(runs);
  const original = wordsOf(text);
  const words = original.map((word) => {
    let known = met.get(word);
    if (!known) {
      const form = compared(word);
      met.set(word, (known = { form, next: pairs.get(form) }));
    }
    return known;
  });
  for (let i = 0; i + RUN <= words.length; i++) {
    if (!words[i]!.next?.has(words[i + 1]!.form)) continue;
    const run = words
      .slice(i, i + RUN)
      .map((w) => w.form)
      .join(' ');
    if (runs.has(run) && original.slice(i, i + RUN).filter(isWording).length >= WORDING_WORDS)
      return { words: run, key: runs.get(run)! };
  }
  return undefined;
}
