/**
 * The speaker rule: a sentence of ours that attributes a claim to someone by
 * name ("Bloomberg reports", "according to Leshchenko") must cite a source
 * sentence that the source attributes to that same speaker. Merely naming
 * someone ("Rubio will attend") is not attribution; the constructions that
 * are come from content/checks/attribution.yaml.
 */
import escapeStringRegexp from 'escape-string-regexp';

export interface Speaker {
  id: string;
  /** How a reader is told who said it: "unnamed sources close to the situation". */
  label: string;
  /** Names and aliases by which our prose attributes a claim to this speaker. */
  names: string[];
}

export interface AttributionRules {
  /** Verbs that, after a speaker's name, attribute the claim to them ("says", "reported"). */
  verbs: string[];
  /** Verbs of naming and relaying ("names", "cites"): they attribute to any speaker but a text's own narration. */
  naming: string[];
  /** How many words may stand between the name and its verb ("Bloomberg also reports"). */
  between: number;
  /** Words that, between the name and the verb, mean the name is not the verb's subject ("is", "and", "not"). */
  breaks: string[];
  /** Other constructions, `{name}` standing for a speaker's name: "according to {name}". */
  patterns: string[];
  /** Words that may stand before a name (default "the"; none in Ukrainian). */
  determiners?: string[];
  /** Words that may qualify a name (default "unnamed", "anonymous"). */
  qualifiers?: string[];
  /** Prepositions after which a name is not the verb's subject (default English: "in", "by", "from", …). */
  prepositions?: string[];
}

const EN_PREPOSITIONS = ['in', 'by', 'from', 'of', 'to', 'with', 'on', 'about', 'for', 'than'];
/** An optional choice of words, each followed by a space: `(?:the )?`. */
const optional = (words: string[]) =>
  words.length ? `(?:${words.map((w) => escapeStringRegexp(norm(w.trim()))).join('|')} )?` : '';

/** A speaker named as the one who says something, and the words that do it. */
export interface Attribution {
  speaker: string;
  words: string;
  /** Whether it opens or closes a sentence of one clause ("According to Bloomberg, …", "…, Leshchenko said."). */
  whole: boolean;
  /** A text's narration named as relaying ("the report cites"): accounts for the text's sentences, never a problem. */
  relay?: boolean;
}

/** What the speaker rule needs of a cited source sentence. */
export interface CitedSourceSentence {
  /** `source#s3` */
  key: string;
  source: string;
  text: string;
  /** The speaker id the source attributes the sentence to, if recorded. */
  saidBy: string | undefined;
}

export const narrationId = (source: string) => `narration-${source}`;

const norm = (s: string) => s.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ');

/** A compiled matcher for one set of speakers and rules (build it once, use it for every sentence). */
export class AttributionFinder {
  private readonly byName = new Map<string, string>();
  private readonly regexes: RegExp[];
  private readonly naming: RegExp | undefined;
  private readonly anyName: RegExp | undefined;

  constructor(speakers: Speaker[], rules: AttributionRules) {
    for (const s of speakers) for (const n of s.names) if (n.trim()) this.byName.set(norm(n.trim()), s.id);
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length).map((name) => escapeStringRegexp(name));
    if (names.length === 0) {
      this.regexes = [];
      return;
    }
    // "the" may precede any name; a name never starts or ends inside a word or a hyphenated compound.
    const determiner = optional(rules.determiners ?? ['the']);
    const qualifier = optional(rules.qualifiers ?? ['unnamed', 'anonymous']);
    const name = `(?<![\\p{L}\\p{N}-])${determiner}${qualifier}(?<name>${names.join('|')})(?![\\p{L}\\p{N}-])`;
    // Word ends by letters, not \b, which knows only ASCII letters (Ukrainian words have none).
    const word = `(?!(?:${rules.breaks.map((b) => escapeStringRegexp(norm(b))).join('|')})(?![\\p{L}]))[\\p{L}'-]+`;
    const prepositions = (rules.prepositions ?? EN_PREPOSITIONS).map((p) => escapeStringRegexp(norm(p))).join('|');
    // A name after a preposition is not the verb's subject: "observers cited in the report say".
    const subject = (verbs: string[]) =>
      new RegExp(
        `(?<!(?<![\\p{L}\\p{N}_])(?:${prepositions}) ${determiner})${name}(?: ${word}){0,${rules.between}} ` +
          `(?:${verbs.map((v) => escapeStringRegexp(norm(v))).join('|')})(?![\\p{L}])`,
        'gu',
      );
    // Every attribution names a speaker: a sentence that names none is passed over at once.
    this.anyName = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}-])`, 'u');
    this.regexes = [
      subject(rules.verbs),
      // Patterns are written in lower case, as the text they run on is.
      ...rules.patterns.map((p) => new RegExp(p.split('{name}').join(name), 'gu')),
    ];
    this.naming = rules.naming.length > 0 ? subject(rules.naming) : undefined;
  }

  /** Every speaker the sentence names as the source of what it says. */
  find(sentence: string): Attribution[] {
    const text = norm(sentence);
    const out: Attribution[] = [];
    if (!this.anyName?.test(text)) return out;
    const add = (m: RegExpMatchArray, relaying: boolean) => {
      const speaker = this.byName.get(m.groups!.name!);
      if (!speaker || out.some((a) => a.speaker === speaker)) return;
      // A text's own narration names and relays what others say: that credits them, not itself.
      const relay = relaying && speaker.startsWith('narration-');
      // A semicolon ends the credit's reach: "Sources name X; advisers from Y will attend" credits only X.
      const whole =
        !relay && !text.includes(';') && (m.index! <= 1 || /^\W*$/u.test(text.slice(m.index! + m[0].length)));
      out.push({ speaker, words: m[0].trim(), whole, relay });
    };
    for (const re of this.regexes) for (const m of text.matchAll(re)) add(m, false);
    if (this.naming) for (const m of text.matchAll(this.naming)) add(m, true);
    return out;
  }
}

export interface SpeakerProblem {
  /** The speaker our sentence names, when the cited sentences are none of theirs. */
  named?: Attribution;
  /** A cited sentence none of the named speakers said. */
  unnamed?: CitedSourceSentence;
}

/**
 * Where our attributions and the sources' disagree: a named speaker who said
 * none of the cited sentences, and a cited sentence that none of the named
 * speakers said. A text's own narration named as relaying ("the report says
 * Leshchenko stressed") is fine when another speaker named is borne out.
 * A sentence that names no one is not checked here.
 */
export function speakerProblems(attributions: Attribution[], cited: CitedSourceSentence[]): SpeakerProblem[] {
  const known = cited.filter((c) => c.saidBy !== undefined);
  if (known.length === 0 || attributions.every((a) => a.relay)) return [];
  const matched = (a: Attribution) => known.some((c) => c.saidBy === a.speaker);
  const someoneMatched = attributions.some(matched);
  const problems: SpeakerProblem[] = attributions
    .filter(
      (a) => !a.relay && !matched(a) && !(someoneMatched && known.some((c) => narrationId(c.source) === a.speaker)),
    )
    .map((a) => ({ named: a }));
  if (problems.length > 0) return problems;
  // Our own unattributed clauses may rest on a text's narration, unless an attribution covers the whole sentence.
  const whole = attributions.some((a) => a.whole);
  return known
    .filter((c) => !attributions.some((a) => a.speaker === c.saidBy))
    .filter((c) => whole || c.saidBy !== narrationId(c.source))
    .map((c) => ({ unnamed: c }));
}
