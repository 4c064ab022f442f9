/**
 * A synthetic corpus in our own content format, for the benchmark (scripts/bench.ts) and for the tests
 * that need a site of many articles (pagination, bounded lists).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSource } from '../../src/content/sentences.ts';

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
 * English only by default.
 */
export function writeSyntheticCorpus(dir: string, count: number, languages: readonly string[] = ['en']): void {
  mkdirSync(dir, { recursive: true });
  const ukrainian = languages.includes('uk');
  const ukDir = join(ROOT, 'content', 'uk');
  // All the real content (sources, entries, articles), so citations and links resolve as in
  // the site; not its anchor manifest, which belongs to the published site.
  // Not the speakers list either: it turns on the faithfulness checks, which random words would fail.
  cpSync(join(ROOT, 'content'), dir, {
    recursive: true,
    filter: (src) =>
      !src.endsWith('published-anchors.json') &&
      !src.endsWith('speakers.yaml') &&
      (ukrainian || (src !== ukDir && !src.startsWith(`${ukDir}/`))),
  });
  const sources = readdirSync(join(dir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({
      id: f.slice(0, -4),
      count: splitSource(readFileSync(join(dir, 'sources', f), 'utf8')).paragraphs.flatMap((p) => p.sentences).length,
    }));
  const ids = (folder: string) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
  const terms = ids('glossary');
  const events = ids('timeline');
  const people = ids('people');
  const vocabulary = readdirSync(join(ROOT, 'content/articles'))
    .map((f) => readFileSync(join(ROOT, 'content/articles', f), 'utf8').split('---')[2] ?? '')
    .join(' ')
    .replace(/\[[^\]]*\]\([^)]*\)|\[@[^\]]*\]|[#>*"“”]/g, ' ')
    .toLowerCase()
    .match(/[a-z’']{3,}/g)!;
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
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  // Ukrainian words from our translations of the sources, drawn from their own sequence: the English corpus
  // is the same with or without the Ukrainian edition.
  const ukVocabulary = ukrainian
    ? readdirSync(join(dir, 'uk/sources'))
        .map((f) => readFileSync(join(dir, 'uk/sources', f), 'utf8').split('sentences:')[1] ?? '')
        .join(' ')
        .toLowerCase()
        .match(/[\p{Script=Cyrillic}’]{3,}/gu)!
    : [];
  const randomUk = rng(count + 7919);
  const ukWords = (n: number) =>
    Array.from({ length: n }, () => ukVocabulary[Math.floor(randomUk() * ukVocabulary.length)]!).join(' ');
  const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  const cite = () => {
    const s = pick(sources);
    const from = 1 + Math.floor(random() * s.count);
    return random() < 0.2 && from < s.count ? `[@${s.id}#s${from}-s${from + 1}]` : `[@${s.id}#s${from}]`;
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
    const name = `synthetic-${String(a).padStart(5, '0')}`;
    writeFileSync(
      join(dir, 'articles', `${name}.md`),
      `---\ntitle: Synthetic article ${a} on ${words(3)}\ndek: ${words(12)}\norder: ${100 + a}\n` +
        `updated: 2026-11-22\ntopics: [${pick(topics)}]\n---\n\n${sections.join('\n\n')}\n`,
    );
    if (ukrainian)
      writeFileSync(
        join(dir, 'uk/articles', `${name}.md`),
        `---\ntitle: Синтетична стаття ${a} про ${ukWords(3)}\ndek: ${ukWords(12)}\n---\n\n` +
          `${ukSections.join('\n\n')}\n`,
      );
  }
}
