/**
 * The source comparison, one row per file: `content/comparison/NAME.md`.
 *
 *   ---
 *   topic: Sanctions
 *   order: 30
 *   status: one-source        # agree | one-source | differ | conflict
 *   ---
 *
 *   ## bloomberg-us-role
 *
 *   What this source reports on the topic, in our words [@bloomberg-us-role#s11].
 *
 *   ## kyiv-delegation
 *
 *   It does not mention sanctions; the issues it names are … [@kyiv-delegation#s10].
 *
 *   ## note
 *
 *   An editor's note (required when the status is `conflict`) [@bloomberg-us-role#s11].
 *
 * Every source has a cell and every cell cites: where a source is silent, the
 * cell says so and cites what it does say nearby. Everything here is pure, so
 * the loader and the unit tests share it; problems are ContentErrors with the
 * file and line.
 */
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/syntax.ts';
import { toString } from 'mdast-util-to-string';
import { visit } from '../markdown/walk.ts';
import { ContentError } from './content-error.ts';
import { parseContentText } from './content-file.ts';
import { scanCitations } from '../markdown/citation-syntax.ts';
import type { z } from 'astro/zod';
import { comparisonFrontmatterSchema, type ComparisonStatus } from './schemas/comparison.ts';

/** The section holding the editor's note. */
export const NOTE_SECTION = 'note';

export interface ComparisonSection {
  /** The heading: a source id, or `note`. */
  key: string;
  /** Line of the `## key` heading in the file. */
  line: number;
  /** The section's Markdown, without its heading. */
  markdown: string;
}

export interface ComparisonRowFile {
  id: string;
  /** The file as shown to editors (relative to the working directory). */
  file: string;
  /** The parsed (not yet validated) frontmatter. */
  frontmatter: Record<string, unknown>;
  /** Line in the file of a frontmatter field, for error messages. */
  fieldLine: (field: string) => number | undefined;
  /** The body with the frontmatter blanked out line for line, so lines match the file. */
  body: string;
  sections: ComparisonSection[];
  /** Headings of another level than a cell's (`### kyiv-delegation`): a cell meant, the level mistaken. */
  otherHeadings?: Array<{ key: string; line: number; depth: number }>;
}

function fail(file: string, line: number | undefined, problem: string, fix: string): never {
  throw new ContentError({ file, line, problem, fix });
}

/** Splits a row file into frontmatter and cells. Throws on unreadable YAML or a body that is not cells. */
export function readComparisonRow(id: string, raw: string, file: string): ComparisonRowFile {
  const record = parseContentText(raw, `${id}.md`, file);
  if (record.problem) fail(file, record.problem.line, record.problem.problem, record.problem.fix);
  const data = record.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fail(file, 2, 'the frontmatter is not a set of fields.', 'write fields as `topic: …` lines.');
  }
  const fieldLine = (field: string): number | undefined => record.lineOf([field]);

  // Blank the frontmatter but keep its lines, so Markdown positions are file lines.
  const body = '\n'.repeat(record.bodyLine - 1) + record.body;
  const tree: Root = parseMarkdown(body);
  const sections: ComparisonSection[] = [];
  const otherHeadings: NonNullable<ComparisonRowFile['otherHeadings']> = [];
  let current: { key: string; line: number; nodes: RootContent[] } | undefined;
  const flush = () => {
    if (!current) return;
    const first = current.nodes[0]?.position?.start.offset;
    const last = current.nodes.at(-1)?.position?.end.offset;
    sections.push({
      key: current.key,
      line: current.line,
      markdown: first === undefined || last === undefined ? '' : body.slice(first, last),
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth !== 2)
      otherHeadings.push({ key: toString(node).trim(), line: node.position?.start.line ?? 1, depth: node.depth });
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      current = { key: toString(node).trim(), line: node.position?.start.line ?? record.bodyLine, nodes: [] };
    } else if (current) current.nodes.push(node);
    else if (node.type === 'heading') {
      const words = toString(node).trim();
      fail(
        file,
        node.position?.start.line,
        `the heading "${'#'.repeat(node.depth)} ${words}" is level ${node.depth}, so the row does not read it ` +
          'as a cell.',
        `make it "## ${words}": a cell's heading is level 2.`,
      );
    } else if (node.type !== 'html' || !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
      fail(
        file,
        node.position?.start.line,
        'there is text before the first cell.',
        'start each cell with a heading naming its source, e.g. "## bloomberg-us-role", and put the text under it.',
      );
    }
  }
  flush();
  return { id, file, frontmatter: data as Record<string, unknown>, fieldLine, body, sections, otherHeadings };
}

/** True when a piece of Markdown contains at least one well-formed citation (in text, not code). */
function hasCitation(markdown: string): { cited: boolean; malformed: boolean } {
  const tree = parseMarkdown(markdown);
  let cited = false;
  let malformed = false;
  visit(tree, 'text', (node) => {
    const { markers, errors } = scanCitations(node.value);
    if (markers.length > 0) cited = true;
    if (errors.length > 0) malformed = true;
  });
  return { cited, malformed };
}

/**
 * Checks one row against the schema and the sources: frontmatter fields, a cell
 * for every source (and nothing else but `note`), each citing; a note when the
 * sources conflict. Returns the validated frontmatter (when it is valid) and every problem found.
 */
export function checkComparisonRow(
  row: ComparisonRowFile,
  sourceIds: readonly string[],
  // A translation's row has only its words (schemas/translation.ts); the rest comes from the English row.
  schema: z.ZodType<{ topic: string; status?: ComparisonStatus }> = comparisonFrontmatterSchema,
) {
  // Every problem of the row is reported, not only the first: a new source lacks a cell in every row at once.
  const errors: ContentError[] = [];
  const fail = (file: string, line: number | undefined, problem: string, fix: string) =>
    void errors.push(new ContentError({ file, line, problem, fix }));
  const parsed = schema.safeParse(row.frontmatter);
  if (!parsed.success) {
    // A misspelt field explains the "missing" one it was meant to be: report it first.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
    const field = issue.path[0];
    const name = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    const missing = typeof field === 'string' && row.frontmatter[field] === undefined;
    const fixes: Record<string, string> = {
      topic: 'give the row a topic, e.g. "topic: Sanctions".',
      order: 'give the row a position as a number, e.g. "order: 30".',
      status: 'set status to agree, one-source, differ or conflict.',
      see: 'link an article section as article:slug#section-id.',
    };
    const unknownKey = issue.code === 'unrecognized_keys';
    fail(
      row.file,
      (typeof field === 'string' ? row.fieldLine(field) : undefined) ??
        (unknownKey ? row.fieldLine(String((issue as { keys?: string[] }).keys?.[0])) : undefined) ??
        2,
      missing && field !== 'status' ? `${name} is missing.` : `${name}: ${issue.message}.`,
      unknownKey
        ? 'a row has only topic, order, status and see; remove or correct the field.'
        : (fixes[String(field)] ?? 'correct the field.'),
    );
  }
  const data = parsed.success ? parsed.data : undefined;
  const allowed = [...sourceIds, NOTE_SECTION];
  const seen = new Map<string, number>();
  for (const s of row.sections) {
    if (!allowed.includes(s.key)) {
      fail(
        row.file,
        s.line,
        `"## ${s.key}" is not a source or "note", so the cell belongs to nothing.`,
        `name the cell after a source: ${allowed.map((k) => `"## ${k}"`).join(', ')}.`,
      );
      continue;
    }
    if (seen.has(s.key)) {
      fail(
        row.file,
        s.line,
        `there are two "## ${s.key}" sections (the first is on line ${seen.get(s.key)}).`,
        'merge them into one cell.',
      );
      continue;
    }
    seen.set(s.key, s.line);
    if (s.markdown.trim() === '') {
      fail(
        row.file,
        s.line,
        `the "${s.key}" ${s.key === NOTE_SECTION ? 'note' : 'cell'} is empty.`,
        'say in our own words what the source reports on the topic, citing the sentence(s).',
      );
      continue;
    }
    const { cited, malformed } = hasCitation(s.markdown);
    // A malformed citation is reported, with its own line, when the row is rendered.
    if (!cited && !malformed) {
      const example = s.key === NOTE_SECTION ? (sourceIds[0] ?? 'source') : s.key;
      fail(
        row.file,
        s.line,
        s.key === NOTE_SECTION ? "the editor's note has no citation." : `the cell for "${s.key}" has no citation.`,
        `cite the sentence(s) it rests on, e.g. [@${example}#s3]. ` +
          'Where the source says nothing on the topic, say so and cite what it does say nearby.',
      );
    }
  }
  for (const source of sourceIds) {
    const misleveled = row.otherHeadings?.find((h) => h.key === source);
    if (!seen.has(source) && misleveled) {
      fail(
        row.file,
        misleveled.line,
        `the cell for "${source}" has a level-${misleveled.depth} heading ("${'#'.repeat(misleveled.depth)} ` +
          `${source}"), so the row reads it as part of the cell above and has no cell for "${source}".`,
        `make it "## ${source}": a cell's heading is level 2.`,
      );
      continue;
    }
    if (!seen.has(source)) {
      fail(
        row.file,
        row.sections[0]?.line ?? row.fieldLine('topic') ?? 1,
        `the row has no cell for the source "${source}".`,
        `add a "## ${source}" section saying what that source reports on the topic (or that it is silent), ` +
          'with a citation.',
      );
    }
  }
  if (data?.status === 'conflict' && !seen.has(NOTE_SECTION)) {
    fail(
      row.file,
      row.fieldLine('status'),
      "the status is conflict, but the row has no editor's note.",
      'add a "## note" section explaining the conflict to the reader, citing the sentences on both sides.',
    );
  }
  return { data, errors };
}

/** A topic may appear only once in the matrix. */
export function checkTopicsUnique(rows: Array<{ file: string; topic: string; line?: number }>): void {
  const seen = new Map<string, { file: string; line?: number }>();
  for (const row of rows) {
    const key = row.topic.trim().toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first) {
      fail(
        row.file,
        row.line,
        `the topic "${row.topic}" is already a row in ${first.file}${first.line ? `:${first.line}` : ''}.`,
        'merge the two rows into one, or give this row a different topic.',
      );
    }
    seen.set(key, { file: row.file, line: row.line });
  }
}
