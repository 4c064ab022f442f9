/**
 * A Markdown content file, read once into one record: its text, its frontmatter parsed with line
 * numbers, its body. The linter, the content index and share cards take this record, so they agree
 * on what a file says and the disk is read once per change.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, type Node, type YAMLError } from 'yaml';
import { strayControl } from './control-chars.ts';
import { bodyDigestOf, KeptContentFiles, type KeptContentFile } from './kept-content-files.ts';
import { fileStamp } from '../build/file-stamp.ts';
import escapeStringRegexp from 'escape-string-regexp';

/** Why a file's frontmatter could not be read, said the way an editor can act on it. */
export interface FileProblem {
  line?: number;
  problem: string;
  fix: string;
}

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** The path as shown to editors (relative to the working directory). */
  shown: string;
  /** The file name without `.md`. */
  id: string;
  /** The text (without a byte-order mark, `\n` line ends); undefined when it is not UTF-8. */
  text?: string;
  /** The parsed frontmatter (not validated); undefined when `problem` says why not. */
  data?: unknown;
  /** The line in the file of a frontmatter field (`['changes', 0, 'date']`), or of its nearest parent. */
  lineOf: (path: PropertyKey[]) => number | undefined;
  /** The Markdown after the closing `---` line. */
  body: string;
  /** The line in the file of the body's first line. */
  bodyLine: number;
  /** A digest of the body and whether it is blank (isBlankBody), where known without reading it. */
  bodyDigest?: string;
  bodyBlank?: boolean;
  problem?: FileProblem;
}

/** Parsed YAML with the line of each field, or where and why it cannot be read (and, where known, the fix). */
export type YamlWithLines =
  | { ok: true; data: unknown; lineOf: (path: PropertyKey[]) => number | undefined }
  | { ok: false; line: number; message: string; fix?: string };

/**
 * Why YAML text cannot be read, in an editor's words where the parser's are not (a key given twice is "Map keys
 * must be unique" to it), with the line to fix, counted from `firstLine`.
 */
export function yamlProblem(
  error: YAMLError,
  text: string,
  firstLine = 1,
): { line: number; message: string; fix?: string } {
  const line = yamlErrorLine(error, text, firstLine);
  if (error.code === 'DUPLICATE_KEY') {
    const lines = text.split('\n');
    const here = lines[line - firstLine] ?? '';
    const key = /^(\s*)(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(here);
    if (key) {
      const [indent, name] = [key[1]!.length, key[2]!.replace(/^["']|["']$/g, '')];
      const first = lines.slice(0, line - firstLine).findLastIndex((l) => {
        const m = /^(\s*)(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(l);
        return m !== null && m[1]!.length === indent && m[2]!.replace(/^["']|["']$/g, '') === name;
      });
      return {
        line,
        message: `"${name}" is given twice${first >= 0 ? ` (first on line ${first + firstLine})` : ''}`,
        fix: `keep one "${name}:" and delete or rename the other (each field, or sentence id, is written once).`,
      };
    }
    return { line, message: 'a key is given twice', fix: 'keep one of the two and delete or rename the other.' };
  }
  return { line, message: error.message.split('\n')[0]! };
}

/**
 * The line an error in YAML text is on, counted from `firstLine`. An unclosed quote is noticed where
 * the text ends; the line that opened it is the one to fix.
 */
export function yamlErrorLine(error: YAMLError, text: string, firstLine = 1): number {
  const lines = text.split('\n');
  let line = text.slice(0, error.pos[0]).split('\n').length;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      const doubles = lines[i]!.match(/"/g)?.length ?? 0;
      const singles = lines[i]!.match(/(^|[\s:[,])'/g)?.length ?? 0;
      if (doubles % 2 === 1 || singles % 2 === 1) {
        line = i + 1;
        break;
      }
    }
  }
  return line + firstLine - 1;
}

/**
 * YAML 1.2's core schema, as the `yaml` package reads it, for js-yaml: whose own core schema also reads `0b101` as a
 * number. Integers are decimal, `0o` octal or `0x` hexadecimal.
 */
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
// js-yaml exports its types, which its type declarations leave out.
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'float', jsYaml.Type> };
const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    types.null,
    types.bool,
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && CORE_INT.test(text),
      construct: (text: string) =>
        text.startsWith('0o')
          ? parseInt(text.slice(2), 8)
          : text.startsWith('0x')
            ? parseInt(text.slice(2), 16)
            : parseInt(text, 10),
      predicate: (value: unknown) => Number.isInteger(value),
    }),
    types.float,
  ],
});

/** The YAML as the `yaml` package reads it, with the line of each field. */
export function parseYamlFully(text: string, firstLine: number): YamlWithLines {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { ok: false, ...yamlProblem(error, text, firstLine) };
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = doc.getIn(path.slice(0, depth - 1) as unknown[], true) as unknown;
      const key = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return lineAt(range[0]);
      } else if (parent && typeof key === 'number') {
        const item = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
        if (item?.range) return lineAt(item.range[0]);
      }
    }
    return undefined;
  };
  return { ok: true, data: doc.toJS(), lineOf };
}

/**
 * Parses YAML text that starts on line `firstLine` of its file. js-yaml reads it, many times faster than the
 * `yaml` package, which is asked only for what js-yaml cannot say: why a text cannot be read, and where a field
 * nested in another is. A top-level field is found by its key at the start of a line, where YAML puts it.
 */
export function parseYamlWithLines(text: string, firstLine = 1): YamlWithLines {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return parseYamlFully(text, firstLine);
  }
  let full: YamlWithLines | undefined;
  const nested = (path: PropertyKey[]) => {
    full ??= parseYamlFully(text, firstLine);
    return full.ok ? full.lineOf(path) : undefined;
  };
  const lines = text.split('\n');
  const lineOf = (path: PropertyKey[]): number | undefined => {
    if (path.length === 1 && typeof path[0] === 'string') {
      const key = escapeStringRegexp(path[0]);
      const at = new RegExp(`^(?:${key}|"${key}"|'${key}')[ \\t]*:(?:[ \\t]|$)`);
      const i = lines.findIndex((line) => at.test(line));
      if (i >= 0) return i + firstLine;
    }
    return nested(path);
  };
  return { ok: true, data, lineOf };
}

const noLines = () => undefined;

/** Splits a content file's text into frontmatter and body. Pure: tests and loaders pass text directly. */
export function parseContentText(raw: string, path: string, shown = path): ContentFile {
  const id = basename(path, '.md');
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const base = { path, shown, id, text, lineOf: noLines, body: '', bodyLine: 1 };
  // Astro reads a lone CR (old Mac line ends) as no line break at all: refuse it rather than publish it so.
  const lone = text.indexOf('\r');
  if (lone >= 0) {
    return {
      ...base,
      problem: {
        line: text.slice(0, lone).split('\n').length,
        problem: 'the file has old Mac line ends (a carriage return alone), which would run its lines together.',
        fix: 'save it with Unix (LF) or Windows (CRLF) line ends.',
      },
    };
  }
  const stray = strayControl(text);
  if (stray) {
    return {
      ...base,
      problem: {
        line: stray.line,
        problem: `the line holds an invisible control character (${stray.code}), which would be published as it is.`,
        fix: 'delete it (show invisible characters in your editor, or retype the line), then save as UTF-8.',
      },
    };
  }
  if (text.trim() === '') {
    return {
      ...base,
      problem: {
        line: 1,
        problem: 'the file is empty.',
        fix:
          'write its frontmatter and text (npm run new -- KIND NAME starts one; see README, "For editors"), ' +
          'or remove it.',
      },
    };
  }
  if (!text.startsWith('---\n')) {
    const spaced = /^---[ \t]+\n/.test(text);
    return {
      ...base,
      body: text,
      problem: spaced
        ? {
            line: 1,
            problem: 'the first line, "---", has spaces or tabs after its dashes, so it does not open the frontmatter.',
            fix: 'delete what follows the three dashes on the first line.',
          }
        : {
            line: 1,
            problem: 'the file does not start with a frontmatter block ("---" on the first line).',
            fix: 'begin the file with "---", the fields, then "---" on a line of its own.',
          },
    };
  }
  const close = text.indexOf('\n---', 3);
  if (close < 0 || !/^\n---[ \t]*(\n|$)/.test(text.slice(close))) {
    return {
      ...base,
      problem: {
        line: 1,
        problem: 'the frontmatter has no closing "---" line.',
        fix: 'add a line with just "---" after the last field.',
      },
    };
  }
  const afterClose = text.indexOf('\n', close + 1);
  const body = afterClose < 0 ? '' : text.slice(afterClose + 1);
  const bodyLine = text.slice(0, close + 1).split('\n').length + 1;
  // The YAML starts on line 2, under the opening "---".
  const yaml = parseYamlWithLines(text.slice(4, close + 1), 2);
  if (!yaml.ok) {
    return {
      ...base,
      body,
      bodyLine,
      problem: {
        line: yaml.line,
        problem: `the frontmatter is not valid YAML: ${yaml.message}.`,
        fix:
          yaml.fix ??
          'check the indentation and quoting on that line (quote text that contains ": " or starts with a quote).',
      },
    };
  }
  return { ...base, data: yaml.data, lineOf: yaml.lineOf, body, bodyLine };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cache = new Map<string, { stamp: string; file: ContentFile }>();
let kept: KeptContentFiles | undefined;

/**
 * From now on in this process, files unchanged since the last build (by their stamps) are taken from the records
 * it kept in `file`, and what is read is kept there by `saveContentFiles`. The build does this; the dev server
 * and tests read every file.
 */
export function keepContentFilesIn(file: string): void {
  kept = new KeptContentFiles(file);
}

/** Keeps the records of every file read so far for the next build. */
export function saveContentFiles(): void {
  kept?.save();
}

/** Reads a content file, or returns the record already read while the file is unchanged. */
export function readContentFile(path: string): ContentFile {
  const hit = cache.get(path);
  // A build takes each file as it first read it (the content check, the index and the share cards read the
  // same files); the dev server looks again, as the file may have been saved since.
  if (hit && kept) return hit.file;
  const stamp = fileStamp(path);
  if (hit?.stamp === stamp) return hit.file;
  const known = kept?.get(path, stamp);
  let file = known ? fromKept(path, known) : parseContentFile(path);
  if (!known && kept && !file.problem && jsonSafe(file.data)) {
    const record = keptOf(file);
    kept.set(path, stamp, record);
    file = { ...file, bodyDigest: record.bodyDigest, bodyBlank: record.bodyBlank };
  }
  cache.set(path, { stamp, file });
  return file;
}

function parseContentFile(path: string): ContentFile {
  const shown = relative(process.cwd(), path);
  try {
    return parseContentText(utf8.decode(readFileSync(path)), path, shown);
  } catch {
    return {
      path,
      shown,
      id: basename(path, '.md'),
      lineOf: noLines,
      body: '',
      bodyLine: 1,
      problem: { problem: 'the file is not valid UTF-8.', fix: 'save it as UTF-8.' },
    };
  }
}

/** Whether the body holds nothing a reader would see: blank lines and comments only. */
export const isBlankBody = (body: string): boolean => body.replace(/<!--[\s\S]*?-->/g, '').trim() === '';

const keptOf = (file: ContentFile): KeptContentFile => ({
  data: file.data,
  bodyLine: file.bodyLine,
  bodyDigest: bodyDigestOf(file.body),
  bodyBlank: isBlankBody(file.body),
});

/** A file known from the last build: its text, body and field lines read from disk only when asked. */
function fromKept(path: string, known: KeptContentFile): ContentFile {
  let read: ContentFile | undefined;
  const full = () => (read ??= parseContentFile(path));
  return {
    path,
    shown: relative(process.cwd(), path),
    id: basename(path, '.md'),
    data: known.data,
    bodyLine: known.bodyLine,
    bodyDigest: known.bodyDigest,
    bodyBlank: known.bodyBlank,
    get text() {
      return full().text;
    },
    get body() {
      return full().body;
    },
    lineOf: (at) => full().lineOf(at),
  };
}

/** Values JSON keeps as they are: what a record of parsed frontmatter may hold. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(jsonSafe);
  return false;
}
