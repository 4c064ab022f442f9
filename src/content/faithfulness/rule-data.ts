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

/** A YAML file with a way to find the line of a key; `undefined` when it does not exist. */
function readYaml(file: string, errors: ContentError[]) {
  if (!existsSync(file)) return undefined;
  const shown = relative(process.cwd(), file);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    errors.push(
      new ContentError({
        file: shown,
        line: e.linePos?.[0]?.line,
        problem: `the YAML cannot be read: ${e.message.split('\n')[0]}`,
        fix: 'check the indentation and quoting on that line.',
      }),
    );
    return undefined;
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

/** One edition's rule files: attribution, hedges, outside facts, speakers (content/checks/, content/uk/checks/). */
function readRules(checks: string, errors: ContentError[]) {
  const need = (name: string) => {
    const file = join(checks, name);
    const read = readYaml(file, errors);
    if (!read && !existsSync(file))
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
  for (const [id, v] of Object.entries((speakersFile?.data.speakers ?? {}) as Record<string, unknown>)) {
    const s = (v ?? {}) as Record<string, unknown>;
    speakers.set(id, { id, label: String(s.label ?? id), names: strings(s.names) });
  }
  return { attribution, hedgeKinds, outsideTerms, speakers, hedgesFile, speakersFile };
}

/** The rules and the sources' facts, or no data when the content records no speakers. */
export function readFaithfulnessData(contentDir: string): { data?: FaithfulnessData; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const checks = join(contentDir, CHECKS_FOLDER);
  if (!existsSync(join(checks, 'speakers.yaml'))) return { errors };
  const { attribution, hedgeKinds, outsideTerms, speakers } = readRules(checks, errors);

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
    const meta = readYaml(join(dir, `${id}.yaml`), errors);
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
          fail(
            ['said_by', key],
            `"said_by" gives ${key} to "${String(who)}", which is not a speaker in content/checks/speakers.yaml.`,
            `use a speaker id from speakers.yaml (or ${narration} for the text's own narration), or add the speaker.`,
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
      const missing = [...sentences.keys()].filter((sid) => !saidBy.has(sid));
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
    sources.set(id, { id, names, sentences, saidBy, hedges });
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
  const fail =
    (file: { shown: string; lineOf: (p: string[]) => number | undefined } | undefined, at: string[]) =>
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
    const meta = readYaml(join(contentDir, folderIn(lang, 'sources'), `${id}.yaml`), errors);
    const names = [...strings(meta?.data.names), ...strings([meta?.data.short])];
    const raw = (meta?.data.sentences ?? {}) as Record<string, unknown>;
    const translated = new Map(
      Object.entries(raw).flatMap(([sid, t]) => (typeof t === 'string' ? [[sid, t] as [string, string]] : [])),
    );
    const narration = narrationId(id);
    const own = rules.speakers.get(narration);
    speakers.set(narration, {
      id: narration,
      label: own?.label ?? 'власна розповідь тексту',
      names: [...(own?.names ?? []), ...names],
    });
    sources.set(id, { ...en, names, translated });
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
