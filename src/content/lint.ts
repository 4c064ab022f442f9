/**
 * Checks every Markdown content file before Astro reads it, so a mistake is
 * reported the way an editor can act on it: file, line, what is wrong, the
 * fix. Uses the same Zod schemas as the collections; adds what a schema
 * cannot see (frontmatter delimiters, YAML syntax with its line, empty
 * articles, ids used twice, references to entries that do not exist).
 */
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { isBlankBody, readContentFile } from './content-file.ts';
import { entryIdOf, markdownFiles } from './files.ts';
import { ID_PATTERN } from './schemas/ids.ts';
import { articleLinkProblem } from './article-sections.ts';
import { didYouMean } from './closest-ids.ts';
import { LINK_FOLDERS } from './content-index.ts';

export interface LintCollection {
  folder: string;
  schema: z.ZodType;
  /** Whether the Markdown body may be empty (an article may not). */
  bodyRequired?: boolean;
  /** Frontmatter fields that hold ids of entries in another folder: field → folder. */
  references?: Record<string, string>;
  /** Ids this collection may not use, though well formed (an article named "2" is an archive page's address). */
  reservedIds?: { pattern: RegExp; problem: (id: string) => string; fix: (id: string) => string };
  /** A translation's folder: the English folder its files translate, and the fields that come from there only. */
  translates?: { folder: string; fields: readonly string[] };
  /** The field readers tell entries apart by (a term, a name, a title): no two files of the folder share it. */
  distinct?: string;
}

/** What a file's body is, by its collection's folder, for the message when it has none. */
const BODY_NAMES: Record<string, string> = {
  articles: 'article',
  glossary: 'definition',
  people: 'description',
  questions: 'answer',
  timeline: 'account of the event',
  tracks: 'description',
  pages: 'text',
};

/** "The Talks" → "the-talks": what a file name becomes as an id. */
const suggestedId = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'a-name';

/** What a field of a type should be, in an editor's words, where the type's name with "a" does not say it. */
const EXPECTED_NAMES: Record<string, string> = { array: 'a list', boolean: 'true or false', int: 'a whole number' };

const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** A value as an editor wrote it: JSON, but a number JSON cannot write (.inf) as YAML wrote it. */
const shownValue = (value: unknown): string =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);

/** Plain words for a Zod issue: the field, what it should be, and what it was. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { problem: string; fix: string } {
  const field = issue.path.map(String).join('.');
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  // The whole frontmatter is not a set of fields: a list ("- term: x") or a line of words.
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return {
      problem: `the frontmatter is ${Array.isArray(value) ? 'a list' : 'not a set of fields'}: it is one field a line.`,
      fix:
        'write each field as "name: value" at the start of its line, with no "-" before it ' +
        '(see README, "For editors").',
    };
  }
  // "draft: true" as other site tools have it: here a draft is a file whose name starts with "_".
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0 && issue.keys.includes('draft')) {
    return {
      problem: 'unknown field "draft": a draft here is a file whose name starts with "_", not a field.',
      fix: 'remove "draft:" and rename the file to start with "_" (e.g. _my-article.md) to keep it off the site.',
    };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return {
      problem: `the required field "${field}" is missing.`,
      fix: `add "${field}:" to the frontmatter (see README, "For editors").`,
    };
  }
  // A field of several forms (a date as text or as a date) that is none of them: said as its first form, or as the
  // form it came nearest to (the right kind of value, wrongly written).
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const nearest = branches.find((branch) => branch[0]!.code !== 'invalid_type') ?? branches[0];
    if (nearest) return describeIssue({ ...nearest[0]!, path: [...issue.path, ...nearest[0]!.path] }, data);
  }
  // A field written with nothing after its colon ("role:") is YAML's null.
  if (issue.code === 'invalid_type' && value === null && issue.expected === 'string') {
    return { problem: `"${field}" is empty.`, fix: `write "${field}" after its colon (see README, "For editors").` };
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && Array.isArray(value) && value.length === 0) {
    return {
      problem: `"${field}" is an empty list.`,
      fix: `give "${field}" at least one item, e.g. ${field}: [${field === 'topics' ? 'overview' : 'x'}].`,
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && typeof value === 'string' && value.trim() === '') {
    return { problem: `"${field}" is empty.`, fix: `write "${field}" (see README, "For editors").` };
  }
  // A timeline date written whole ("2026-04-21"), where it is given in parts, each only if the source gives it.
  const whole = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const parts = typeof whole === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(whole) : null;
  if (issue.code === 'invalid_type' && issue.expected === 'object' && issue.path.at(-1) === 'date' && parts) {
    return {
      problem: `"${field}" is written as one date, ${JSON.stringify(whole)}; it is given in parts.`,
      fix:
        `write "${field}:" and under it, indented, "year: ${parts[1]}", "month: ${Number(parts[2])}" and ` +
        `"day: ${Number(parts[3])}", each on its own line; leave out a part the source does not give.`,
    };
  }
  // An item of a list ("changes", "corrections") written as a line of words, where it is a set of fields.
  const item = issue.path.at(-1);
  if (issue.code === 'invalid_type' && issue.expected === 'object' && typeof item === 'number') {
    const list = issue.path.slice(0, -1).map(String).join('.');
    return {
      problem: `item ${item + 1} of "${list}" should be a set of fields, but it is ${shownValue(value)}.`,
      fix:
        'write each field of it on its own line: the first after the "-" ("- date: 2026-11-22"), the others ' +
        'indented under it ("text: …"), as in README, "For editors".',
    };
  }
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED_NAMES[issue.expected] ?? withArticle(issue.expected);
    const quotedNumber =
      issue.expected === 'number' && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
    return {
      problem: `"${field}" should be ${expected}, but it is ${shownValue(value)}.`,
      fix: quotedNumber
        ? `write "${field}" as a number, without quotation marks: ${field.split('.').pop()}: ${String(value).trim()}.`
        : issue.expected === 'boolean'
          ? `write "${field}: true" or "${field}: false".`
          : issue.expected === 'object'
            ? `write "${field}:" on a line of its own and its fields under it, indented, one a line ("name: value").`
            : `write "${field}" as ${issue.expected === 'array' ? 'a list, e.g. [a, b]' : expected}.`,
    };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    if (value === undefined)
      return { problem: `the required field "${field}" is missing.`, fix: `add "${field}:" with one of: ${allowed}.` };
    return {
      problem: `"${field}" is ${JSON.stringify(value)}, which is not one of the allowed values.`,
      fix: `use one of: ${allowed}.`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return {
      problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${field ? ` in "${field}"` : ''}.`,
      fix: 'remove it, or check its spelling against README, "For editors".',
    };
  }
  // A check of our own that says its fix (schemas/dates.ts): its message names the value already.
  const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  if (typeof fix === 'string') return { problem: `"${field}": ${issue.message}.`, fix };
  const shown = value !== null && typeof value === 'object' ? '' : ` (it is ${JSON.stringify(value)})`;
  return {
    problem: `"${field}": ${issue.message.replace(/^Invalid input: /, '')}${shown}.`,
    fix: `correct "${field}" (see README, "For editors").`,
  };
}

/** A field a translation may not repeat: the English file decides it for every edition. */
export function structuralField(key: string, english: string): [string, string] {
  return [
    `"${key}" does not belong in a translation: it comes from the English file ${english}.`,
    `remove "${key}" here (a translation holds only the words readers read; change it in ${english}).`,
  ];
}

export function lintContent(contentDir: string, collections: LintCollection[]): ContentError[] {
  const errors: ContentError[] = [];
  const shown = (folder: string, file: string) => relative(process.cwd(), join(contentDir, folder, file));
  const ids = new Map<string, Set<string>>();
  for (const c of collections) ids.set(c.folder, new Set(markdownFiles(join(contentDir, c.folder)).map(entryIdOf)));

  for (const c of collections) {
    const seen = new Map<string, string>();
    const named = new Map<string, string>();
    for (const file of markdownFiles(join(contentDir, c.folder))) {
      const path = shown(c.folder, file);
      const fail = (line: number | undefined, problem: string, fix: string) =>
        errors.push(new ContentError({ file: path, line, problem, fix }));
      const id = entryIdOf(file);
      if (!ID_PATTERN.test(id))
        fail(
          undefined,
          `"${id}" is not a valid id (ids are the file names, and public anchors).`,
          `rename the file to "${suggestedId(id)}.md": lower-case words joined by hyphens.`,
        );
      else if (c.reservedIds?.pattern.test(id)) fail(undefined, c.reservedIds.problem(id), c.reservedIds.fix(id));
      const other = seen.get(id);
      if (other)
        fail(
          undefined,
          `the id "${id}" is already used by ${shown(c.folder, other)}.`,
          'rename one of the two files: ids must be unique in a collection.',
        );
      seen.set(id, file);

      const record = readContentFile(join(contentDir, c.folder, file));
      if (record.problem) {
        fail(record.problem.line, record.problem.problem, record.problem.fix);
        continue;
      }
      const data = record.data ?? {};
      const lineOf = (at: PropertyKey[]) => record.lineOf(at) ?? 2;
      const result = c.schema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const structural =
            issue.code === 'unrecognized_keys' && issue.path.length === 0
              ? issue.keys.filter((k) => c.translates?.fields.includes(k))
              : [];
          for (const key of structural) fail(lineOf([key]), ...structuralField(key, shown(c.translates!.folder, file)));
          if (structural.length > 0 && structural.length === (issue as { keys: string[] }).keys.length) continue;
          const { problem, fix } = describeIssue(issue, data);
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          fail(lineOf(at), problem, fix);
        }
      }
      const label = c.distinct ? (data as Record<string, unknown>)[c.distinct] : undefined;
      if (typeof label === 'string' && label.trim() !== '') {
        const key = label.trim().toLowerCase().replace(/\s+/g, ' ');
        const other = named.get(key);
        if (other)
          fail(
            lineOf([c.distinct!]),
            `the ${c.distinct} ${JSON.stringify(label.trim())} is already that of ${shown(c.folder, other)}, so ` +
              'readers would find two entries they cannot tell apart.',
            `give each its own ${c.distinct}, or, if they are one thing, keep one file and remove the other.`,
          );
        else named.set(key, file);
      }
      if (c.bodyRequired && (record.bodyBlank ?? isBlankBody(record.body))) {
        const what = BODY_NAMES[c.translates?.folder ?? c.folder] ?? 'text';
        fail(
          record.bodyLine - 1,
          `the file has no ${what} after its frontmatter.`,
          `write the ${what} below the closing "---", citing the sentences it rests on, or remove the file.`,
        );
      }
      for (const [field, folder] of Object.entries(c.references ?? {})) {
        const value = (data as Record<string, unknown>)[field];
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        list.forEach((ref, i) => {
          // A plain id, or a link such as "article:slug#section"; a link of another kind is the schema's to report.
          const kind = typeof ref === 'string' ? /^([a-z]+):/.exec(ref)?.[1] : undefined;
          if (kind !== undefined && LINK_FOLDERS[kind as keyof typeof LINK_FOLDERS] !== folder) return;
          const target = typeof ref === 'string' ? ref.replace(/^[a-z]+:/, '').split('#')[0]! : undefined;
          const line = lineOf(Array.isArray(value) ? [field, i] : [field]);
          if (target !== undefined && !ids.get(folder)?.has(target)) {
            const meant = didYouMean(target, ids.get(folder) ?? []);
            fail(
              line,
              `"${field}" names "${target}", but there is no content/${folder}/${target}.md.`,
              `${meant ? `${meant}Otherwise u` : 'U'}se the id (file name) of an existing entry in ` +
                `content/${folder}/, or create it.`,
            );
            return;
          }
          // An article link may name a section it must have.
          const wrong = typeof ref === 'string' ? articleLinkProblem(contentDir, field, ref) : undefined;
          if (wrong) fail(line, wrong.problem, wrong.fix);
        });
      }
    }
  }
  return errors;
}
