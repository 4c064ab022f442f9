/**
 * Reads the faithfulness rules' data once per build: the rule files in
 * content/checks/ (speakers, attribution, hedges, outside facts) and what each
 * source's .yaml says of its sentences (`names`, `said_by`, `hedges`). A
 * mistake in that data is reported with its file and line, like any content
 * error. The checks are on once content/checks/speakers.yaml exists (content
 * without it, such as a test fixture or the benchmark's corpus, has them off).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../content-error.ts';
import { yamlProblem } from '../content-file.ts';
import { didYouMean } from '../closest-ids.ts';
import { sourceTextFiles } from '../files.ts';
import { readSourceText } from '../source-text.ts';
import { narrationId, type AttributionRules, type Speaker } from './speakers.ts';
import type { HedgeKind } from './hedges.ts';
import type { OutsideTerm } from './outside-facts.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.ts';
import { folderIn } from '../translation-files.ts';

export interface SourceFacts {
  id: string;
  /** What our prose calls the text: its `names` and `short`. */
  names: string[];
  sentences: Map<string, string>;
  /** Sentence id → speaker id, every sentence covered (when the source records it). */
  saidBy: Map<string, string>;
  /** Sentence id → the editor's list of its hedges, where the build's own finding is overridden. */
  hedges: Map<string, string[]>;
  /** In a translation's data: our reviewed translation of each sentence (content/uk/sources/NAME.yaml). */
  translated?: Map<string, string>;
  /**
   * Its .yaml is missing or cannot be read (the source check reports that): who says each sentence and its hedges
   * are not known, so citations of it are not checked against them until it is fixed.
   */
  unread?: true;
  /** In a translation's data: the translation file is missing or cannot be read (reported by the translation check). */
  translationUnread?: true;
}

export interface FaithfulnessData {
  /** The language of the prose these rules check. */
  lang: Lang;
  speakers: Map<string, Speaker>;
  attribution: AttributionRules;
  hedgeKinds: HedgeKind[];
  outsideTerms: OutsideTerm[];
  sources: Map<string, SourceFacts>;
  /** In a translation's data: the English kinds, which find the hedges in the (English) cited sentences. */
  sourceHedgeKinds?: HedgeKind[];
}

export const CHECKS_FOLDER = 'checks';
const SENTENCE_KEY = /^s(\d+)(?:-s?(\d+))?$/;

interface YamlFile {
  data: Record<string, unknown>;
  shown: string;
  lineOf: (path: string[]) => number | undefined;
}

/**
 * A YAML file with a way to find the line of a key; `undefined` when it does not exist, `null` when it cannot be
 * read, which is reported with its line unless `report` is false (a source's .yaml: the source check reports it).
 */
function readYaml(file: string, errors: ContentError[], report = true): YamlFile | null | undefined {
  if (!existsSync(file)) return undefined;
  const shown = relative(process.cwd(), file);
  const counter = new LineCounter();
  const text = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const { line, message, fix } = yamlProblem(doc.errors[0]!, text);
    if (report)
      errors.push(
        new ContentError({
          file: shown,
          line,
          problem: `the YAML cannot be read: ${message}.`,
          fix: fix ?? 'check the indentation and quoting on that line.',
        }),
      );
    return null;
  }
  const lineOf = (path: string[]): number | undefined => {
    const node = doc.getIn(path.slice(0, -1), true) as {
      items?: Array<{ key: { value?: unknown; range?: number[] } }>;
    };
    const pair = node?.items?.find((p) => String(p.key?.value) === path.at(-1));
    return pair?.key?.range ? counter.linePos(pair.key.range[0]!).line : undefined;
  };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  return { data, shown, lineOf };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/**
 * One edition's rule files: attribution, hedges, outside facts, speakers (content/checks/, content/uk/checks/).
 * `unreadable`: one of them cannot be read (reported), so no rule of the edition is applied until it is fixed: its
 * words missing, every speaker, kind or sentence that uses them would be reported wrongly.
 */
function readRules(checks: string, errors: ContentError[]) {
  let unreadable = false;
  const need = (name: string) => {
    const file = join(checks, name);
    const read = readYaml(file, errors);
    if (read === null) unreadable = true;
    if (read === undefined)
      errors.push(
        new ContentError({
          file: relative(process.cwd(), file),
          problem: `the faithfulness checks need ${name} beside speakers.yaml.`,
          fix: `restore ${name} from git (see README, "How the build checks faithfulness").`,
        }),
      );
    return read;
  };

  const attributionFile = need('attribution.yaml');
  const attribution: AttributionRules = {
    verbs: strings(attributionFile?.data.verbs),
    naming: strings(attributionFile?.data.naming),
    between: Number(attributionFile?.data.between ?? 2),
    breaks: strings(attributionFile?.data.breaks),
    patterns: strings(attributionFile?.data.patterns),
    // Absent: the English defaults ("the", "unnamed", "in", "by", …).
    ...(attributionFile?.data.determiners !== undefined
      ? { determiners: strings(attributionFile.data.determiners) }
      : {}),
    ...(attributionFile?.data.qualifiers !== undefined ? { qualifiers: strings(attributionFile.data.qualifiers) } : {}),
    ...(attributionFile?.data.prepositions !== undefined
      ? { prepositions: strings(attributionFile.data.prepositions) }
      : {}),
  };
  for (const p of attribution.patterns) {
    try {
      if (!p.includes('{name}')) throw new Error('it has no {name}');
      new RegExp(p.replace('{name}', 'x'), 'u');
    } catch (e) {
      errors.push(
        new ContentError({
          file: attributionFile!.shown,
          line: attributionFile!.lineOf(['patterns']),
          problem: `the pattern "${p}" cannot be used: ${(e as Error).message}.`,
          fix: 'write it as a regular expression in lower case with {name} where the speaker stands.',
        }),
      );
    }
  }

  const hedgesFile = need('hedges.yaml');
  const hedgeKinds: HedgeKind[] = Object.entries((hedgesFile?.data.kinds ?? {}) as Record<string, unknown>).map(
    ([id, v]) => {
      const k = (v ?? {}) as Record<string, unknown>;
      const onlyIf = k.only_if === undefined ? undefined : strings(k.only_if);
      for (const p of onlyIf ?? []) {
        try {
          new RegExp(p, 'u');
        } catch (e) {
          errors.push(
            new ContentError({
              file: hedgesFile!.shown,
              line: hedgesFile!.lineOf(['kinds', id]),
              problem: `"only_if" of ${id} has "${p}", which is not a regular expression: ${(e as Error).message}.`,
              fix: 'correct the pattern (backslashes are doubled inside double quotes).',
            }),
          );
        }
      }
      const firm = k.firm === undefined ? undefined : strings(k.firm);
      return { id, label: String(k.label ?? id), find: strings(k.find), keep: strings(k.keep), onlyIf, firm };
    },
  );

  const outsideFile = need('outside-facts.yaml');
  const outsideTerms: OutsideTerm[] = [];
  for (const t of (outsideFile?.data.terms ?? []) as Array<Record<string, unknown>>) {
    try {
      new RegExp(String(t.pattern), 'u');
      outsideTerms.push({ pattern: String(t.pattern), what: String(t.what ?? 'an outside fact') });
    } catch (e) {
      errors.push(
        new ContentError({
          file: outsideFile!.shown,
          line: outsideFile!.lineOf(['terms']),
          problem: `the pattern "${String(t.pattern)}" is not a regular expression: ${(e as Error).message}.`,
          fix: 'correct the pattern (backslashes are doubled inside double quotes).',
        }),
      );
    }
  }

  const speakers = new Map<string, Speaker>();
  const speakersFile = readYaml(join(checks, 'speakers.yaml'), errors);
  if (speakersFile === null) unreadable = true;
  for (const [id, v] of Object.entries((speakersFile?.data.speakers ?? {}) as Record<string, unknown>)) {
    const s = (v ?? {}) as Record<string, unknown>;
    speakers.set(id, { id, label: String(s.label ?? id), names: strings(s.names) });
  }
  return { attribution, hedgeKinds, outsideTerms, speakers, hedgesFile, speakersFile, unreadable };
}

/** The rules and the sources' facts, or no data when the content records no speakers. */
export function readFaithfulnessData(contentDir: string): { data?: FaithfulnessData; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const checks = join(contentDir, CHECKS_FOLDER);
  if (!existsSync(join(checks, 'speakers.yaml'))) return { errors };
  const { attribution, hedgeKinds, outsideTerms, speakers, unreadable } = readRules(checks, errors);
  if (unreadable) return { errors };

  const sources = new Map<string, SourceFacts>();
  const dir = join(contentDir, 'sources');
  for (const file of sourceTextFiles(dir)) {
    const id = file.slice(0, -4);
    let text;
    try {
      text = readSourceText(id, join(dir, file), relative(process.cwd(), join(dir, file)));
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      continue;
    }
    const sentences = new Map([...text.sentences].map(([sid, s]) => [sid, s.text]));
    // A .yaml missing or unreadable is the source check's to report (content/check.ts).
    const meta = readYaml(join(dir, `${id}.yaml`), errors, false) ?? undefined;
    const names = [...strings(meta?.data.names), ...strings([meta?.data.short])];
    // A text's own narration is a speaker whose names are the text's names.
    const narration = narrationId(id);
    const own = speakers.get(narration);
    speakers.set(narration, {
      id: narration,
      label: own?.label ?? 'the text’s own narration',
      names: [...(own?.names ?? []), ...names],
    });
    const saidBy = new Map<string, string>();
    const named = new Set<string>();
    const hedges = new Map<string, string[]>();
    const fail = (key: string[], problem: string, fix: string) =>
      errors.push(new ContentError({ file: meta!.shown, line: meta!.lineOf(key), problem, fix }));
    const last = sentences.size;
    const rawSaidBy = meta?.data.said_by;
    if (meta && rawSaidBy !== undefined) {
      for (const [key, who] of Object.entries((rawSaidBy ?? {}) as Record<string, unknown>)) {
        const m = SENTENCE_KEY.exec(key);
        const from = Number(m?.[1]);
        const to = m?.[2] === undefined ? from : Number(m[2]);
        if (!m || from < 1 || to < from || to > last) {
          fail(
            ['said_by', key],
            `"said_by" has "${key}", which is not a sentence or range of this source (s1 to s${last}).`,
            'write a sentence id such as s3 or a range such as s2-s5, as numbered on the source page.',
          );
          continue;
        }
        if (typeof who !== 'string' || !speakers.has(who)) {
          // Given, to a speaker unknown: reported as that, not also as not given.
          for (let n = from; n <= to; n++) named.add(`s${n}`);
          const meant = didYouMean(String(who), speakers.keys());
          fail(
            ['said_by', key],
            `"said_by" gives ${key} to "${String(who)}", which is not a speaker in content/checks/speakers.yaml.`,
            `${meant ? `${meant}Otherwise u` : 'U'}se a speaker id from speakers.yaml ` +
              `(or ${narration} for the text's own narration), or add the speaker.`,
          );
          continue;
        }
        for (let n = from; n <= to; n++) {
          if (saidBy.has(`s${n}`))
            fail(['said_by', key], `"said_by" gives s${n} twice.`, 'give each sentence one speaker.');
          saidBy.set(`s${n}`, who);
        }
      }
    }
    if (meta) {
      const missing = [...sentences.keys()].filter((sid) => !saidBy.has(sid) && !named.has(sid));
      if (missing.length > 0)
        fail(
          rawSaidBy === undefined ? [] : ['said_by'],
          `"said_by" does not say who ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} attributed to.`,
          `add them under said_by (a speaker id from content/checks/speakers.yaml, or ${narration}).`,
        );
    }
    const known = new Set(hedgeKinds.flatMap((k) => k.find.map((w) => w.toLowerCase())));
    for (const [key, words] of Object.entries((meta?.data.hedges ?? {}) as Record<string, unknown>)) {
      if (!sentences.has(key)) {
        fail(
          ['hedges', key],
          `"hedges" lists ${key}, but the source has sentences s1 to s${last}.`,
          'use a sentence id.',
        );
        continue;
      }
      const list = strings(words);
      const unknown = list.filter((w) => !known.has(w.toLowerCase()));
      if (unknown.length > 0)
        fail(
          ['hedges', key],
          `"hedges" gives ${key} ${unknown.map((w) => `"${w}"`).join(', ')}, ` +
            'which content/checks/hedges.yaml does not list.',
          'use hedge words from a kind\'s "find" list in content/checks/hedges.yaml, or add the word there.',
        );
      hedges.set(key, list);
    }
    sources.set(id, { id, names, sentences, saidBy, hedges, ...(meta ? {} : { unread: true as const }) });
  }
  return { data: { lang: DEFAULT_LANG, speakers, attribution, hedgeKinds, outsideTerms, sources }, errors };
}

/**
 * A translation's rules (content/uk/checks/): its attribution constructions, hedge words and outside-fact terms,
 * and the speakers' labels and names in its language (the same ids as the English). Who said each sentence and
 * its hedges stay the English source's; the sentences are compared in our translation (content/uk/sources/).
 * On when the English rules are on and the edition exists.
 */
export function readTranslatedFaithfulnessData(
  contentDir: string,
  lang: Lang,
  english: FaithfulnessData,
): { data?: FaithfulnessData; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const checks = join(contentDir, folderIn(lang, CHECKS_FOLDER));
  if (!existsSync(join(checks, 'speakers.yaml'))) {
    const file = relative(process.cwd(), join(checks, 'speakers.yaml'));
    errors.push(
      new ContentError({
        file,
        problem: `the faithfulness rules for this edition need ${file} (the English rules are on).`,
        fix: 'restore content/uk/checks/ from git: speakers.yaml, attribution.yaml, hedges.yaml, outside-facts.yaml.',
      }),
    );
    return { errors };
  }
  const rules = readRules(checks, errors);
  if (rules.unreadable) return { errors };
  const fail =
    (file: { shown: string; lineOf: (p: string[]) => number | undefined } | null | undefined, at: string[]) =>
    (problem: string, fix: string) =>
      errors.push(new ContentError({ file: file?.shown ?? checks, line: file?.lineOf(at), problem, fix }));
  for (const id of rules.speakers.keys())
    if (!english.speakers.has(id))
      fail(rules.speakersFile, ['speakers', id])(
        `"${id}" is not a speaker of content/checks/speakers.yaml.`,
        'use the English ids, giving each its label and names in this language.',
      );
  const kinds = new Set(rules.hedgeKinds.map((k) => k.id));
  for (const k of rules.hedgeKinds)
    if (!english.hedgeKinds.some((e) => e.id === k.id))
      fail(rules.hedgesFile, ['kinds', k.id])(
        `the hedge kind "${k.id}" is not a kind of content/checks/hedges.yaml.`,
        'use the English kind ids, with the words of this language.',
      );
  for (const e of english.hedgeKinds)
    if (!kinds.has(e.id))
      fail(rules.hedgesFile, ['kinds'])(
        `the hedge kind "${e.id}" has no words in this language, so no sentence could keep it.`,
        `add "${e.id}:" under kinds with its label, find and keep words.`,
      );

  // Every speaker keeps its English id; its label and names are this language's (the English label meanwhile).
  const speakers = new Map<string, Speaker>();
  for (const [id, en] of english.speakers) {
    const own = rules.speakers.get(id);
    speakers.set(id, { id, label: own?.label ?? en.label, names: own?.names ?? [] });
  }
  const sources = new Map<string, SourceFacts>();
  for (const [id, en] of english.sources) {
    // A translation missing or unreadable is the translation check's to report (content/check-translations.ts).
    const meta = readYaml(join(contentDir, folderIn(lang, 'sources'), `${id}.yaml`), errors, false) ?? undefined;
    const names = [...strings(meta?.data.names), ...strings([meta?.data.short])];
    const raw = (meta?.data.sentences ?? {}) as Record<string, unknown>;
    // A sentence not translated (or left empty) is reported there too: quotes of it are not judged meanwhile.
    const translated = new Map(
      Object.entries(raw).flatMap(([sid, t]) =>
        typeof t === 'string' && t.trim() !== '' ? [[sid, t] as [string, string]] : [],
      ),
    );
    const narration = narrationId(id);
    const own = rules.speakers.get(narration);
    speakers.set(narration, {
      id: narration,
      label: own?.label ?? 'власна розповідь тексту',
      names: [...(own?.names ?? []), ...names],
    });
    sources.set(id, { ...en, names, translated, ...(meta ? {} : { translationUnread: true as const }) });
  }
  return {
    data: {
      lang,
      speakers,
      attribution: rules.attribution,
      hedgeKinds: rules.hedgeKinds,
      outsideTerms: rules.outsideTerms,
      sources,
      sourceHedgeKinds: english.hedgeKinds,
    },
    errors,
  };
}
