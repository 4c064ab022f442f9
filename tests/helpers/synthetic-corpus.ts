/**
 * A synthetic corpus in our own content format, for the benchmark (scripts/bench.ts) and for the tests
 * that need a site of many articles (pagination, bounded lists).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSource } from '../../src/content/sentences.ts';
import { readFaithfulnessEditions } from '../../src/content/faithfulness/check.ts';
import { findHedges } from '../../src/content/faithfulness/hedges.ts';
import { outsideFacts, refusedTerms } from '../../src/content/faithfulness/outside-facts.ts';
import type { FaithfulnessData } from '../../src/content/faithfulness/rule-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A small seeded PRNG (mulberry32): the same N gives the same corpus every time. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes the real content plus `count` synthetic articles into `dir`: ~800 words in six sections, each
 * paragraph citing real source sentences and linking a glossary term, a timeline event or a person, as the
 * real articles do. The same count always gives the same corpus. With `languages` ['en', 'uk'], the real
 * Ukrainian edition too and a Ukrainian translation of every synthetic article in the team's format (same
 * headings, paragraphs, citations and links, Ukrainian words), so the build publishes and checks both editions;
 * English only by default. Every check is on, the faithfulness rules too, and the articles pass them as a real
 * site's must: they cite only sentences without hedges, name no speaker (so credit no one) and use no term the
 * rules refuse.
 */
export function writeSyntheticCorpus(dir: string, count: number, languages: readonly string[] = ['en']): void {
  mkdirSync(dir, { recursive: true });
  const ukrainian = languages.includes('uk');
  const ukDir = join(ROOT, 'content', 'uk');
  // All the real content (sources, entries, articles, the faithfulness rules), so citations and links resolve as
  // in the site; not its anchor manifest, which belongs to the published site.
  cpSync(join(ROOT, 'content'), dir, {
    recursive: true,
    filter: (src) =>
      !src.endsWith('published-anchors.json') && (ukrainian || (src !== ukDir && !src.startsWith(`${ukDir}/`))),
  });
  const { editions } = readFaithfulnessEditions(dir);
  const english = editions.find((e) => e.lang === 'en');
  const sources = readdirSync(join(dir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const id = f.slice(0, -4);
      const count = splitSource(readFileSync(join(dir, 'sources', f), 'utf8')).paragraphs.flatMap(
        (p) => p.sentences,
      ).length;
      // A sentence a synthetic article may cite: one without hedges (what it rests on is not hedged).
      const facts = english?.sources.get(id);
      const plain = Array.from({ length: count }, (_, i) => i + 1).filter((n) => {
        const text = facts?.sentences.get(`s${n}`);
        return !text || findHedges(text, english!.hedgeKinds, facts!.hedges.get(`s${n}`)).length === 0;
      });
      return { id, count, plain };
    });
  const ids = (folder: string) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
  const terms = ids('glossary');
  const events = ids('timeline');
  const people = ids('people');
  const vocabulary = withoutNames(
    readdirSync(join(ROOT, 'content/articles'))
      .map((f) => readFileSync(join(ROOT, 'content/articles', f), 'utf8').split('---')[2] ?? '')
      .join(' ')
      .replace(/\[[^\]]*\]\([^)]*\)|\[@[^\]]*\]|[#>*"“”]/g, ' ')
      .toLowerCase()
      .match(/[a-z’']{3,}/g)!,
    english,
  );
  const topics = [
    'overview',
    'participants',
    'sanctions',
    'territory',
    'security',
    'diplomacy',
    'positions',
    'outlook',
    'sources',
  ];
  const random = rng(count);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  // Ukrainian words from our translations of the sources, drawn from their own sequence: the English corpus
  // is the same with or without the Ukrainian edition.
  const uk = editions.find((e) => e.lang === 'uk');
  const ukVocabulary = ukrainian
    ? withoutNames(
        readdirSync(join(dir, 'uk/sources'))
          .map((f) => readFileSync(join(dir, 'uk/sources', f), 'utf8').split('sentences:')[1] ?? '')
          .join(' ')
          .toLowerCase()
          .match(/[\p{Script=Cyrillic}’]{3,}/gu)!,
        uk,
      )
    : [];
  const randomUk = rng(count + 7919);
  const ukPick = () => ukVocabulary[Math.floor(randomUk() * ukVocabulary.length)]!;
  const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  // Words drawn again until the phrase, as it will stand in a sentence, holds no term the rules refuse.
  const allowed = [english, uk].map((data) => data && refusedIn(data));
  const phrase = (n: number, draw: () => string, refused: ReturnType<typeof refusedIn> | undefined) => {
    for (;;) {
      const text = Array.from({ length: n }, draw).join(' ');
      if (!refused || [text, capital(text)].every((t) => outsideFacts(t, refused).length === 0)) return text;
    }
  };
  const words = (n: number) => phrase(n, () => pick(vocabulary), allowed[0]);
  const ukWords = (n: number) => phrase(n, ukPick, allowed[1]);
  const cite = () => {
    const s = pick(sources);
    const from = pick(s.plain);
    return random() < 0.2 && s.plain.includes(from + 1) ? `[@${s.id}#s${from}-s${from + 1}]` : `[@${s.id}#s${from}]`;
  };
  if (ukrainian) mkdirSync(join(dir, 'uk/articles'), { recursive: true });
  for (let a = 1; a <= count; a++) {
    const sections: string[] = [];
    const ukSections: string[] = [];
    for (let h = 1; h <= 6; h++) {
      const paragraphs: string[] = [];
      const ukParagraphs: string[] = [];
      for (let p = 0; p < 3; p++) {
        const term = pick(terms);
        const target = p === 0 ? `glossary:${term}` : p === 1 ? `timeline:${pick(events)}` : `people:${pick(people)}`;
        const label = p === 0 ? term.replace(/-/g, ' ') : p === 1 ? 'the event' : 'a participant';
        const opening = words(14);
        const middle = words(12);
        const first = cite();
        const closing = words(14);
        const second = cite();
        paragraphs.push(`${capital(opening)} [${label}](${target}) ${middle} ${first}. ${closing} ${second}.`);
        // The same citations and link in each sentence, Ukrainian words.
        if (ukrainian)
          ukParagraphs.push(
            `${capital(ukWords(14))} [${ukWords(2)}](${target}) ${ukWords(12)} ${first}. ${ukWords(14)} ${second}.`,
          );
      }
      sections.push(`## Section ${h}: ${words(4)}\n\n${paragraphs.join('\n\n')}`);
      ukSections.push(`## Розділ ${h}: ${ukWords(4)}\n\n${ukParagraphs.join('\n\n')}`);
    }
    // Five digits or more: a number of four could read as a year, which the rules refuse ("article 2084").
    const number = String(a).padStart(5, '0');
    const name = `synthetic-${number}`;
    writeFileSync(
      join(dir, 'articles', `${name}.md`),
      `---\ntitle: Synthetic article ${number} on ${words(3)}\ndek: ${words(12)}\norder: ${100 + a}\n` +
        `updated: 2026-11-22\ntopics: [${pick(topics)}]\n---\n\n${sections.join('\n\n')}\n`,
    );
    if (ukrainian)
      writeFileSync(
        join(dir, 'uk/articles', `${name}.md`),
        `---\ntitle: Синтетична стаття ${number} про ${ukWords(3)}\ndek: ${ukWords(12)}\n---\n\n` +
          `${ukSections.join('\n\n')}\n`,
      );
  }
}

/** The terms an edition's rules refuse in our prose (those no source contains). */
const refusedIn = (data: FaithfulnessData) =>
  refusedTerms(
    data.outsideTerms,
    [...data.sources.values()].map((s) => [...(s.translated ?? s.sentences).values()].join(' ')),
  );

/**
 * Words without the one word of each speaker's name that makes it that name (its longest), so that no sentence of
 * the corpus names a speaker: a sentence that names none credits no one.
 */
function withoutNames(words: string[], data: FaithfulnessData | undefined): string[] {
  // A name matches up to a letter: "kyiv's" names Kyiv.
  const norm = (w: string) => w.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/'.*$/, '');
  const names = data ? [...data.speakers.values(), ...data.sources.values()].flatMap((s) => s.names) : [];
  const excluded = new Set(
    names.map(
      (n) =>
        norm(n)
          .split(/[\s-]+/)
          .sort((a, b) => b.length - a.length)[0]!,
    ),
  );
  return words.filter((w) => !excluded.has(norm(w)));
}
