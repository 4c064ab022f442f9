/**
 * Runs the faithfulness rules over every Markdown content file before Astro
 * builds: who says it (speakers), hedges kept, and no fact from outside the
 * sources. Each violation is a content error with the file, the line, what
 * our sentence says, what the source says, and the fix.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../content-error.ts';
import { markdownFiles } from '../files.ts';
import { proseSentences, type CitedSentence } from './prose-sentences.ts';
import { AttributionFinder, speakerProblems, type CitedSourceSentence } from './speakers.ts';
import { findHedges, lostHedges, type FoundHedge } from './hedges.ts';
import { outsideFacts, refusedTerms } from './outside-facts.ts';
import { readFaithfulnessData, type FaithfulnessData } from './rule-data.ts';

/** The folders of our own prose. */
export const PROSE_FOLDERS = [
  'articles',
  'timeline',
  'glossary',
  'people',
  'questions',
  'tracks',
  'comparison',
  'pages',
];
/** Frontmatter fields that are prose a reader sees. */
const PROSE_FIELDS = ['title', 'dek', 'question', 'term', 'name', 'role', 'topic', 'label', 'place'];

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A checker for one content folder's data: build it once, check any number of files. */
export class FaithfulnessChecker {
  private readonly finder: AttributionFinder;
  private readonly refused;
  private readonly hedgeCache = new Map<string, FoundHedge[]>();
  readonly data: FaithfulnessData;

  constructor(data: FaithfulnessData) {
    this.data = data;
    this.finder = new AttributionFinder([...data.speakers.values()], data.attribution);
    this.refused = refusedTerms(
      data.outsideTerms,
      [...data.sources.values()].map((s) => [...s.sentences.values()].join(' ')),
    );
  }

  private cited(key: string): (CitedSourceSentence & { hedges: FoundHedge[] }) | undefined {
    const [source, sid] = key.split('#') as [string, string];
    const facts = this.data.sources.get(source);
    const text = facts?.sentences.get(sid);
    if (!facts || text === undefined) return undefined; // An unknown citation is reported by the citation plugin.
    let hedges = this.hedgeCache.get(key);
    if (!hedges) this.hedgeCache.set(key, (hedges = findHedges(text, this.data.hedgeKinds, facts.hedges.get(sid))));
    return { key, source, text, saidBy: facts.saidBy.get(sid), hedges };
  }

  private label(speaker: string) {
    return this.data.speakers.get(speaker)?.label ?? speaker;
  }

  /** The problems of one sentence of ours; `line` is its line in the file. */
  checkSentence(sentence: CitedSentence, file: string, line: number): ContentError[] {
    const errors: ContentError[] = [];
    for (const f of outsideFacts(sentence.text, this.refused)) {
      errors.push(
        new ContentError({
          file,
          line,
          problem:
            `the sentence "${short(sentence.text)}" uses "${f.words}", ` + `${f.term.what} that neither source states.`,
          fix: 'say only what the sources say (content/checks/outside-facts.yaml lists such terms).',
        }),
      );
    }
    if (sentence.cites.length === 0) return errors;
    const cited = [...new Set(sentence.cites)].map((k) => this.cited(k)).filter((c) => c !== undefined);
    const attributions = this.finder.find(sentence.text);
    for (const p of speakerProblems(attributions, cited)) {
      const said = (c: CitedSourceSentence) => `${c.key} is said by ${this.label(c.saidBy!)}: "${short(c.text, 120)}"`;
      const problem = p.named
        ? `the sentence "${short(sentence.text)}" credits ${this.label(p.named.speaker)} ("${p.named.words}"), ` +
          `but none of the sentences it cites is theirs: ${cited.map(said).join('; ')}.`
        : `the sentence "${short(sentence.text)}" credits ` +
          `${attributions.map((a) => this.label(a.speaker)).join(' and ')}, but the source gives ${said(p.unnamed!)}.`;
      errors.push(
        new ContentError({
          file,
          line,
          problem,
          fix: 'credit whom the source credits ("said_by" in content/sources/*.yaml), or cite what it gives to them.',
        }),
      );
    }
    for (const lost of lostHedges(sentence.text, cited, this.data.hedgeKinds)) {
      errors.push(
        new ContentError({
          file,
          line,
          problem:
            `the sentence "${short(sentence.text)}" drops the hedge "${lost.word}" (${lost.kind.label}) ` +
            `of ${lost.cited}: "${short(lost.citedText, 200)}".`,
          fix: `keep a hedge of that kind, e.g. ${lost.kind.keep
            .slice(0, 4)
            .map((w) => `"${w}"`)
            .join(', ')}; or, if the source does not hedge this, override it under "hedges:" in the source's .yaml.`,
        }),
      );
    }
    return errors;
  }

  /** Every problem in one Markdown file's text (`shown` is its path for messages). */
  checkFile(text: string, shown: string): ContentError[] {
    text = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    if (!text.startsWith('---\n')) return []; // Reported by the content linter.
    const close = text.indexOf('\n---', 3);
    if (close < 0) return [];
    const head = text.slice(0, close + 4);
    const offset = head.match(/\n/g)!.length;
    const errors: ContentError[] = [];
    head.split('\n').forEach((line, i) => {
      const m = /^(\w+):\s*(.+)$/.exec(line);
      if (m && PROSE_FIELDS.includes(m[1]!))
        errors.push(...this.checkSentence({ text: m[2]!, line: i + 1, cites: [] }, shown, i + 1));
    });
    for (const s of proseSentences(text.slice(close + 4)))
      errors.push(...this.checkSentence(s, shown, s.line + offset));
    return errors;
  }
}

/** The faithfulness problems of the whole content folder (none when it records no speakers). */
export function checkFaithfulness(contentDir: string): ContentError[] {
  const { data, errors } = readFaithfulnessData(contentDir);
  if (!data) return errors;
  const checker = new FaithfulnessChecker(data);
  for (const folder of PROSE_FOLDERS) {
    for (const file of markdownFiles(join(contentDir, folder))) {
      const path = join(contentDir, folder, file);
      errors.push(...checker.checkFile(readFileSync(path, 'utf8'), relative(process.cwd(), path)));
    }
  }
  return errors;
}
