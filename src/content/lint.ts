/**
 * Checks every Markdown content file before Astro reads it, so a mistake is
 * reported the way an editor can act on it: file, line, what is wrong, the
 * fix. Uses the same Zod schemas as the collections; adds what a schema
 * cannot see (frontmatter delimiters, YAML syntax with its line, empty
 * articles, ids used twice, references to entries that do not exist).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { entryIdOf, markdownFiles } from './files.ts';
import { ID_PATTERN } from './schemas/ids.ts';

export interface LintCollection {
  folder: string;
  schema: z.ZodType;
  /** Whether the Markdown body may be empty (an article may not). */
  bodyRequired?: boolean;
  /** Frontmatter fields that hold ids of entries in another folder: field → folder. */
  references?: Record<string, string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Plain words for a Zod issue: the field, what it should be, and what it was. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { problem: string; fix: string } {
  const field = issue.path.map(String).join('.');
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  if (issue.code === 'invalid_type' && value === undefined) {
    return {
      problem: `the required field "${field}" is missing.`,
      fix: `add "${field}:" to the frontmatter (see README, "For editors").`,
    };
  }
  if (issue.code === 'invalid_type') {
    return {
      problem: `"${field}" should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, but it is ${JSON.stringify(value)}.`,
      fix: `write "${field}" as ${issue.expected === 'array' ? 'a list, e.g. [a, b]' : `a ${issue.expected}`}.`,
    };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return {
      problem: `"${field}" is ${JSON.stringify(value)}, which is not one of the allowed values.`,
      fix: `use one of: ${allowed}.`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${field ? ` in "${field}"` : ''}.`,
      fix: 'remove it, or check its spelling against README, "For editors".',
    };
  }
  const shown = value !== null && typeof value === 'object' ? '' : ` (it is ${JSON.stringify(value)})`;
  return {
    problem: `"${field}": ${issue.message.replace(/^Invalid input: /, '')}${shown}.`,
    fix: `correct "${field}" (see README, "For editors").`,
  };
}

/** The line in the file of the field at `path`: its key where it has one, else the nearest parent. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: PropertyKey[],
  offset: number,
): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth - 1) as unknown[], true) as unknown;
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return counter.linePos(range[0]).line + offset;
    } else if (parent && typeof key === 'number') {
      const item = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (item?.range) return counter.linePos(item.range[0]).line + offset;
    }
  }
  return 1 + offset;
}

export function lintContent(contentDir: string, collections: LintCollection[]): ContentError[] {
  const errors: ContentError[] = [];
  const shown = (folder: string, file: string) => relative(process.cwd(), join(contentDir, folder, file));
  const ids = new Map<string, Set<string>>();
  for (const c of collections) ids.set(c.folder, new Set(markdownFiles(join(contentDir, c.folder)).map(entryIdOf)));

  for (const c of collections) {
    const seen = new Map<string, string>();
    for (const file of markdownFiles(join(contentDir, c.folder))) {
      const path = shown(c.folder, file);
      const fail = (line: number | undefined, problem: string, fix: string) =>
        errors.push(new ContentError({ file: path, line, problem, fix }));
      const id = entryIdOf(file);
      if (!ID_PATTERN.test(id))
        fail(
          undefined,
          `"${id}" is not a valid id (ids are the file names, and public anchors).`,
          'rename the file to lower-case words joined by hyphens, e.g. "frozen-conflict.md".',
        );
      const other = seen.get(id);
      if (other)
        fail(
          undefined,
          `the id "${id}" is already used by ${shown(c.folder, other)}.`,
          'rename one of the two files: ids must be unique in a collection.',
        );
      seen.set(id, file);

      let text: string;
      try {
        text = utf8.decode(readFileSync(join(contentDir, c.folder, file)));
      } catch {
        fail(undefined, 'the file is not valid UTF-8.', 'save it as UTF-8.');
        continue;
      }
      text = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
      if (!text.startsWith('---\n')) {
        fail(
          1,
          'the file does not start with a frontmatter block ("---" on the first line).',
          'begin the file with "---", the fields, then "---" on a line of its own.',
        );
        continue;
      }
      const close = text.indexOf('\n---', 3);
      const closeOk = close >= 0 && /^\n---[ \t]*(\n|$)/.test(text.slice(close));
      if (!closeOk) {
        fail(1, 'the frontmatter has no closing "---" line.', 'add a line with just "---" after the last field.');
        continue;
      }
      const yamlText = text.slice(4, close + 1);
      const body = text.slice(close + 4).replace(/^[ \t]*\n/, '');
      const counter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true });
      if (doc.errors.length > 0) {
        const e = doc.errors[0]!;
        let line = e.linePos?.[0]?.line ?? 1;
        // An unclosed quote is noticed where the text ends; point at the line that opened it.
        if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
          const lines = yamlText.split('\n');
          for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            if (
              (lines[i]!.match(/"/g)?.length ?? 0) % 2 === 1 ||
              (lines[i]!.match(/(^|[\s:[,])'/g)?.length ?? 0) % 2 === 1
            ) {
              line = i + 1;
              break;
            }
          }
        }
        const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        fail(
          line + 1,
          `the frontmatter is not valid YAML: ${what}.`,
          'check the indentation and quoting on that line (quote text that contains ": " or starts with a quote).',
        );
        continue;
      }
      const data = doc.toJS() ?? {};
      const result = c.schema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const { problem, fix } = describeIssue(issue, data);
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          fail(lineOf(doc, counter, at, 1), problem, fix);
        }
      }
      if (c.bodyRequired && body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') {
        fail(
          text.slice(0, close + 4).split('\n').length,
          'the article has no text after its frontmatter.',
          'write the article below the closing "---", or remove the file.',
        );
      }
      for (const [field, folder] of Object.entries(c.references ?? {})) {
        const value = (data as Record<string, unknown>)[field];
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        list.forEach((ref, i) => {
          // A plain id, or a link such as "article:slug#section".
          const target = typeof ref === 'string' ? ref.replace(/^[a-z]+:/, '').split('#')[0]! : undefined;
          if (target !== undefined && !ids.get(folder)?.has(target)) {
            fail(
              lineOf(doc, counter, Array.isArray(value) ? [field, i] : [field], 1),
              `"${field}" names "${target}", but there is no content/${folder}/${target}.md.`,
              `use the id (file name) of an existing entry in content/${folder}/, or create it.`,
            );
          }
        });
      }
    }
  }
  return errors;
}
