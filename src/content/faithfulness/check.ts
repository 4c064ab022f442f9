/**
 * The faithfulness rules over a content file's prose: who says it (speakers), hedges kept, no fact from outside
 * the sources, quotes word for word and no source wording passed off as ours. They run on each body with its
 * other checks (content/check-bodies.ts), so they share its cores and its record of bodies that passed. Each
 * violation is a content error with the file, the line, what our sentence says, what the source says, and the fix.
 */
import { ContentError } from '../content-error.ts';
import type { CitedSentence } from './prose-sentences.ts';
import { AttributionFinder, speakerProblems, type CitedSourceSentence } from './speakers.ts';
import { findHedges, lostHedges, type FoundHedge } from './hedges.ts';
import { outsideFacts, refusedTerms } from './outside-facts.ts';
import { readFaithfulnessData, readTranslatedFaithfulnessData, type FaithfulnessData } from './rule-data.ts';
import { PROSE_LANGUAGES, type ProseLanguage } from './prose-language.ts';
import { normQuote, quoteProblems } from './quotes.ts';
import { copiedRun, sourceRuns, RUN } from './own-words.ts';
import { folderIn, translationLangs } from '../translation-files.ts';
import type { Lang } from '../../i18n/languages.ts';

/** Frontmatter fields that are prose a reader sees. */
const PROSE_FIELDS = ['title', 'dek', 'question', 'term', 'name', 'role', 'topic', 'label', 'place'];

/** A frontmatter field a reader sees as prose, and its line in the file. */
export interface ProseField {
  text: string;
  line: number;
}

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A checker for one edition's data: build it once, check any number of files. In a translation the cited
 * sentences are read in our translation of them (their speakers and hedges are the English source's).
 */
export class FaithfulnessChecker {
  private readonly finder: AttributionFinder;
  private readonly refused;
  /** Every run of words of a source sentence, as this edition's prose would copy it. */
  private readonly runs: Map<string, string>;
  /** Every source sentence, as `source#s3`. */
  private readonly allSentences: string[];
  private readonly hedgeCache = new Map<string, FoundHedge[]>();
  private readonly language: ProseLanguage;
  readonly data: FaithfulnessData;
  /** Where this edition's rule files are, for messages. */
  private readonly rulesFolder: string;

  constructor(data: FaithfulnessData) {
    this.data = data;
    this.rulesFolder = `content/${folderIn(data.lang, 'checks')}`;
    this.language = PROSE_LANGUAGES[data.lang];
    this.finder = new AttributionFinder([...data.speakers.values()], data.attribution);
    // A term is refused unless a source contains it: in a translation, our translation of the sources. While a
    // translation cannot be read (reported), what it contains is not known, and no term is refused.
    const sources = [...data.sources.values()];
    this.refused = sources.some((s) => s.translationUnread)
      ? []
      : refusedTerms(
          data.outsideTerms,
          sources.map((s) => [...(s.translated ?? s.sentences).values()].join(' ')),
        );
    this.allSentences = [...data.sources.values()].flatMap((s) =>
      [...s.sentences.keys()].map((sid) => `${s.id}#${sid}`),
    );
    this.runs = sourceRuns(
      [...data.sources.values()].flatMap((s) =>
        [...(s.translated ?? s.sentences)].map(([sid, text]) => [`${s.id}#${sid}`, text] as const),
      ),
    );
  }

  /** The sentence as our prose in this edition reads it: the English, or our translation of it. */
  private textOf(key: string): string | undefined {
    const [source, sid] = key.split('#') as [string, string];
    const facts = this.data.sources.get(source);
    return (facts?.translated ?? facts?.sentences)?.get(sid);
  }

  /** Whether the source of a cited sentence (`source#s3`) has its .yaml, or its translation, unreadable. */
  private unreadSource(key: string): boolean {
    const facts = this.data.sources.get(key.split('#')[0]!);
    return facts?.unread === true || facts?.translationUnread === true;
  }

  private cited(key: string): (CitedSourceSentence & { hedges: FoundHedge[] }) | undefined {
    const [source, sid] = key.split('#') as [string, string];
    const facts = this.data.sources.get(source);
    const english = facts?.sentences.get(sid);
    // An unknown citation is reported by the citation plugin; a source whose .yaml (or its translation) cannot be
    // read, by the source check (who says its sentences, the names our prose gives its narration and their hedges
    // are not known until it is fixed).
    if (!facts || english === undefined || this.unreadSource(key)) return undefined;
    const text = this.textOf(key) ?? english;
    let hedges = this.hedgeCache.get(key);
    if (!hedges) this.hedgeCache.set(key, (hedges = this.hedgesOf(english, text, facts.hedges.get(sid))));
    return { key, source, text, saidBy: facts.saidBy.get(sid), hedges };
  }

  /**
   * The hedges of a cited sentence. In English, found in it. In a translation, the English sentence says which
   * hedges there are; what each governs is read in our translation, after this language's word for the hedge.
   */
  private hedgesOf(english: string, text: string, override: string[] | undefined): FoundHedge[] {
    if (!this.data.sourceHedgeKinds) return findHedges(english, this.data.hedgeKinds, override);
    return findHedges(english, this.data.sourceHedgeKinds, override).map((h) => {
      const kind = this.data.hedgeKinds.find((k) => k.id === h.kind);
      const here = kind ? findHedges(text, [kind], undefined, this.language) : [];
      if (here.length) return { ...h, scope: new Set(here.flatMap((f) => [...f.scope])) };
      // No word marks it (a Ukrainian future tense translates "would"): its reach is the whole sentence, so
      // restating it takes three of its words.
      return { ...h, scope: this.language.stems(text), minShared: 3 };
    });
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
          fix: `say only what the sources say (${this.rulesFolder}/outside-facts.yaml lists them).`,
        }),
      );
    }
    if (!sentence.citesUnread) errors.push(...this.quoteErrors(sentence, file, line));
    // Our own words: what the sentence quotes is the source's.
    const ours = this.language.unquoted(sentence.text);
    const copied = copiedRun(ours, this.runs);
    if (copied) {
      errors.push(
        new ContentError({
          file,
          line,
          problem:
            `the sentence "${short(sentence.text)}" copies ${RUN} words in a row of ${copied.key} ` +
            `("${copied.words}") without quotation marks: "${short(this.textOf(copied.key) ?? '', 200)}".`,
          fix:
            'say it in our own words, or quote the words exactly, in quotation marks' +
            (this.data.sourceHedgeKinds ? ` (our translation: content/${this.data.lang}/sources/*.yaml).` : '.'),
        }),
      );
    }
    if (sentence.cites.length === 0 || sentence.citesUnread) return errors;
    // A source whose facts cannot be read (reported there): the sentence's credits and hedges are judged once it is.
    if (sentence.cites.some((k) => this.unreadSource(k))) return errors;
    const cited = [...new Set(sentence.cites)].map((k) => this.cited(k)).filter((c) => c !== undefined);
    // A translation quotes the sources' own crediting words («За даними джерел видання»): quoted, they credit
    // no one in our voice.
    const attributions = this.finder.find(this.data.sourceHedgeKinds ? ours : sentence.text);
    for (const p of speakerProblems(attributions, cited)) {
      const said = (c: CitedSourceSentence) =>
        c.saidBy === undefined
          ? `${c.key}, whose speaker "said_by" does not give`
          : `${c.key} is said by ${this.label(c.saidBy)}: "${short(c.text, 120)}"`;
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
          fix:
            'credit whom the source credits ("said_by" in content/sources/*.yaml), or cite what it gives to them' +
            (this.data.sourceHedgeKinds
              ? ` (names per speaker: content/${this.data.lang}/checks/speakers.yaml).`
              : '.'),
        }),
      );
    }
    for (const lost of lostHedges(sentence.text, cited, this.data.hedgeKinds, this.language)) {
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

  /**
   * Quotes, each verbatim: in English, the source's words in "…" or “…”; in a translation, our translation's words
   * in «…» and the English source's own in “…”.
   */
  private quoteErrors(sentence: CitedSentence, file: string, line: number): ContentError[] {
    // A quote may come from any sentence its paragraph cites; a title or dek cites none, so any sentence.
    const all = this.allSentences;
    const cites = sentence.blockCites ?? (sentence.cites.length ? sentence.cites : all);
    const english = (key: string) => this.data.sources.get(key.split('#')[0]!)?.sentences.get(key.split('#')[1]!);
    const translation = this.data.sourceHedgeKinds !== undefined;
    return quoteProblems(sentence.text, cites, (k) => this.textOf(k), english, all).map(({ quote, foundIn }) => {
      const where = !translation
        ? 'the source sentence'
        : quote.original
          ? 'the English source sentence'
          : 'our translation of the sentence';
      const quotable = (k: string) => (quote.original ? english(k) : this.textOf(k)) ?? '';
      // The sentences nearest the quote first: those that share the most of its words.
      const words = normQuote(quote.words).split(' ');
      const nearest = cites
        .map((k) => {
          const text = quotable(k);
          const compared = normQuote(text);
          return { k, text, shared: words.filter((w) => compared.includes(w)).length };
        })
        .sort((a, b) => b.shared - a.shared);
      const shown = nearest.slice(0, 3).map(({ k, text }) => `${k}: "${short(text, 100)}"`);
      const marked = quote.original ? `“${quote.words}”` : translation ? `«${quote.words}»` : `"${quote.words}"`;
      return new ContentError({
        file,
        line,
        problem:
          `the quote ${marked} is not word for word in ${where} ` +
          `it may quote (${shown.join('; ') || 'it cites none'}${cites.length > 3 ? '; …' : ''}).`,
        fix: foundIn
          ? `the words are in ${foundIn}: cite it in this paragraph, or quote what the cited sentence says.`
          : !translation
            ? 'quote the words exactly as the source has them, or say it in our own words without quotation marks.'
            : quote.original
              ? 'quote the English words exactly as the source has them, or give our translation in «…».'
              : `quote the words exactly as content/${this.data.lang}/sources/*.yaml translates the cited sentence, ` +
                'or say it in our own words without quotation marks.',
      });
    });
  }

  /**
   * Every problem in one file's prose: the frontmatter fields a reader sees (`fields`) and its body's sentences
   * (proseSentences), with the file's lines. `shown` is the file's path for messages.
   */
  checkProse(fields: ProseField[], sentences: CitedSentence[], shown: string): ContentError[] {
    const errors: ContentError[] = [];
    for (const f of fields)
      errors.push(...this.checkSentence({ text: f.text, line: f.line, cites: [] }, shown, f.line));
    for (const s of sentences) errors.push(...this.checkSentence(s, shown, s.line));
    return errors;
  }
}

/**
 * Each edition's rules and sources, and the problems of the rule files themselves; no edition when the content
 * records no speakers (content/checks/speakers.yaml), which turns the rules on. The data is plain (maps, lists,
 * text), so a worker can be handed it instead of reading it again.
 */
export function readFaithfulnessEditions(contentDir: string): { editions: FaithfulnessData[]; errors: ContentError[] } {
  const { data, errors } = readFaithfulnessData(contentDir);
  if (!data) return { editions: [], errors };
  const editions = [data];
  for (const lang of translationLangs(contentDir)) {
    const translated = readTranslatedFaithfulnessData(contentDir, lang, data);
    errors.push(...translated.errors);
    if (translated.data) editions.push(translated.data);
  }
  return { editions, errors };
}

/** A checker for each edition's prose, by language; made once per thread that checks bodies. */
export const faithfulnessCheckers = (editions: FaithfulnessData[]): Map<Lang, FaithfulnessChecker> =>
  new Map(editions.map((data) => [data.lang, new FaithfulnessChecker(data)]));

/** The frontmatter fields of a file a reader sees as prose (title, dek, …), with their lines. */
export function proseFieldsOf(data: unknown, lineOf: (path: PropertyKey[]) => number | undefined): ProseField[] {
  if (!data || typeof data !== 'object') return [];
  const fields = data as Record<string, unknown>;
  return PROSE_FIELDS.flatMap((field) => {
    const text = fields[field];
    return typeof text === 'string' && text.trim() ? [{ text, line: lineOf([field]) ?? 2 }] : [];
  });
}
