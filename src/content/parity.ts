/**
 * Parity between an English content file and its translation: the same blocks (headings, paragraphs, list
 * items, editor's notes) in the same order, each paragraph citing exactly the same source sentences, the same
 * dated "What changed" entries and corrections, and the optional fields the English has. A reader switching
 * editions lands on the same section and reads the same claims resting on the same sentences.
 *
 * Pure: texts in, ContentErrors out. Every error is reported in the translation (the file to fix) and names
 * the English file and line it was compared with, so an editor sees both places.
 */
import type { Blockquote, List, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../markdown/walk.ts';
import { ContentError } from './content-error.ts';
import { parseContentText, type ContentFile } from './content-file.ts';
import { parseMarkdown } from '../markdown/syntax.ts';
import { scanCitations, sentenceIds } from '../markdown/citation-syntax.ts';
import { editorNoteLabel } from '../markdown/remark-editor-notes.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'note' | 'quote' | 'table';

export interface Block {
  kind: BlockKind;
  /** Line in the file (frontmatter counted). */
  line: number;
  /** The cited sentences, `source#s3`, sorted and each once. */
  cites: string[];
  /** A citation in it cannot be read (the render reports it): its citations are compared once it is fixed. */
  unreadable?: true;
  /** A heading's level. */
  depth?: number;
  /** A heading's words (a comparison cell's heading is its source id, the same in every edition). */
  text?: string;
}

const KIND_NAMES: Record<BlockKind, string> = {
  heading: 'heading',
  paragraph: 'paragraph',
  item: 'list item',
  note: "editor's note",
  quote: 'quotation',
  table: 'table',
};

/** "an editor's note", "a paragraph". */
const an = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;

/** The sentences cited anywhere inside a node, and whether a citation there cannot be read. */
function citesIn(node: Nodes): Pick<Block, 'cites' | 'unreadable'> {
  const out = new Set<string>();
  let unreadable = 0;
  visit(node, 'text', (t) => {
    const { markers, errors } = scanCitations(t.value);
    unreadable += errors.length;
    for (const m of markers)
      for (const ref of m.refs) for (const id of sentenceIds(ref)) out.add(`${ref.source}#${id}`);
  });
  return unreadable > 0 ? { cites: [...out].sort(), unreadable: true } : { cites: [...out].sort() };
}

/** The blocks of a Markdown body, in order; `markdown` is the whole body with its lines as in the file. */
export const bodyBlocks = (markdown: string): Block[] => blocksOfTree(parseMarkdown(markdown));

/** The blocks of a parsed body (before any plugin has changed it), in order. */
export function blocksOfTree(tree: Root): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, node: Nodes, extra: Partial<Block> = {}) =>
    blocks.push({ kind, line: node.position?.start.line ?? 1, ...citesIn(node), ...extra });
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') add('heading', node, { depth: node.depth, text: toString(node).trim() });
      else if (node.type === 'paragraph') add('paragraph', node);
      else if (node.type === 'blockquote') add(editorNoteLabel(node as Blockquote) ? 'note' : 'quote', node);
      else if (node.type === 'table') add('table', node);
      else if (node.type === 'list') {
        for (const item of (node as List).children) {
          // An item's own words are one block; a list nested in it is its own items.
          const own = item.children.filter((c) => c.type !== 'list');
          blocks.push({
            kind: 'item',
            line: item.position?.start.line ?? 1,
            ...citesIn({ type: 'root', children: own } as Root),
          });
          walk(item.children.filter((c) => c.type === 'list'));
        }
      }
      // Comments, code and rules say nothing a reader reads as a claim.
    }
  };
  walk(tree.children);
  return blocks;
}

const describe = (b: Block) =>
  b.kind === 'heading'
    ? `heading (level ${b.depth}${b.text ? `, "${b.text}"` : ''})`
    : `${KIND_NAMES[b.kind]}${b.cites.length ? ` citing ${b.cites.join(', ')}` : ' with no citation'}`;

export interface ParityInput {
  /** The file as shown to editors and its text. */
  shown: string;
  text: string;
}

export interface ParityOptions {
  /** Comparison rows: the cells' headings are source ids and must be the English ones exactly. */
  exactHeadings?: boolean;
  /** Optional fields a translation has exactly when the English has them (`relative`, `place`). */
  mirroredFields?: string[];
  /** Whether a cited sentence (`source#s3`) exists; without it, every readable citation counts as sound. */
  citable?: (cite: string) => boolean;
}

/** Lines: the body parsed with its frontmatter blanked, so positions are the file's lines. */
const blocksOf = (file: ContentFile) => bodyBlocks('\n'.repeat(file.bodyLine - 1) + file.body);

const isoDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/**
 * Every way a translation differs in structure from its English file. Files that cannot be read are left to
 * the linter (which reports them with their line): parity compares only what both files say.
 */
export function checkParity(english: ParityInput, translation: ParityInput, options: ParityOptions = {}) {
  const en = parseContentText(english.text, english.shown, english.shown);
  const tr = parseContentText(translation.text, translation.shown, translation.shown);
  if (en.problem || tr.problem) return [];
  return [
    ...checkFrontmatterParity(en, tr, options),
    ...compareBlocks(blocksOf(en), blocksOf(tr), { english: en.shown, translation: tr.shown, ...options }),
  ];
}

/**
 * Every difference is reported in the translation, which follows the English; but the English may be the file
 * edited wrongly (a heading's level, a cell heading's spelling), and the translation is then right as it is.
 */
const OR_THE_ENGLISH = ' If the English file is the one in error, correct it there instead and leave this one.';

/** The fields: the same dated `changes` and `corrections`, and the optional fields the English has. */
export function checkFrontmatterParity(en: ContentFile, tr: ContentFile, options: ParityOptions = {}): ContentError[] {
  const errors: ContentError[] = [];
  const at = (line: number | undefined) => (line ? `${en.shown}:${line}` : en.shown);
  const fail = (line: number | undefined, problem: string, fix: string) =>
    errors.push(new ContentError({ file: tr.shown, line, problem, fix: fix + OR_THE_ENGLISH }));
  checkDatedLists(en, tr, at, fail);
  const enData = (en.data ?? {}) as Record<string, unknown>;
  const trData = (tr.data ?? {}) as Record<string, unknown>;
  for (const field of options.mirroredFields ?? []) {
    if (enData[field] !== undefined && trData[field] === undefined)
      fail(
        tr.bodyLine - 1,
        `"${field}" is missing, but the English file has it (${at(en.lineOf([field]))}).`,
        `add "${field}:" with the Ukrainian of the English words.`,
      );
    else if (enData[field] === undefined && trData[field] !== undefined)
      fail(
        tr.lineOf([field]),
        `"${field}" is here, but the English file ${en.shown} has none.`,
        `remove "${field}": a translation has it only where the English does.`,
      );
  }
  return errors;
}

/**
 * The body, block by block: the same blocks in the same order, each citing the same sentences. `fail` reports
 * in the translation, naming the English file and line compared with.
 */
export function compareBlocks(
  a: Block[],
  b: Block[],
  options: { english: string; translation: string } & Pick<ParityOptions, 'exactHeadings' | 'citable'>,
  fail?: (line: number | undefined, problem: string, fix: string) => void,
): ContentError[] {
  const errors: ContentError[] = [];
  const report = (line: number | undefined, problem: string, fix: string) =>
    fail
      ? fail(line, problem, fix + OR_THE_ENGLISH)
      : void errors.push(new ContentError({ file: options.translation, line, problem, fix: fix + OR_THE_ENGLISH }));
  const at = (line: number | undefined) => (line ? `${options.english}:${line}` : options.english);
  const exact = options.exactHeadings ?? false;
  const citable = options.citable ?? (() => true);
  // Citations are compared only where both blocks' are sound: one that cannot be read or names no sentence of
  // its source is an error of its own file, and asking the other file to copy it sends the editor the wrong way.
  const sound = (block: Block) => !block.unreadable && block.cites.every(citable);
  const matches = (x: Block, y: Block) =>
    x.kind === y.kind &&
    x.depth === y.depth &&
    (x.cites.join() === y.cites.join() || !sound(x) || !sound(y)) &&
    (!exact || x.kind !== 'heading' || x.text === y.text);
  const lastLine = b.at(-1)?.line;
  let i = 0;
  let j = 0;
  const LOOKAHEAD = 3;
  while (i < a.length || j < b.length) {
    const e = a[i];
    const t = b[j];
    if (e && t && matches(e, t)) {
      i++;
      j++;
      continue;
    }
    // A block dropped from the translation: a later English block is the one here.
    const skipEn = e && t ? [1, 2, LOOKAHEAD].find((k) => a[i + k] && matches(a[i + k]!, t)) : undefined;
    const skipTr = e && t ? [1, 2, LOOKAHEAD].find((k) => b[j + k] && matches(e, b[j + k]!)) : undefined;
    if (!t || (skipEn !== undefined && (skipTr === undefined || skipEn <= skipTr))) {
      const count = t ? skipEn! : a.length - i;
      for (const missing of a.slice(i, i + count)) {
        report(
          t?.line ?? lastLine,
          `the English ${describe(missing)} at ${at(missing.line)} has no counterpart in the translation ` +
            `(it belongs ${t ? 'just before this line' : 'at the end'}).`,
          `translate that ${KIND_NAMES[missing.kind]} here: a translation has every heading, paragraph, list item ` +
            "and editor's note of the English, in the same order.",
        );
      }
      i += count;
      continue;
    }
    if (!e || skipTr !== undefined) {
      const count = e ? skipTr! : b.length - j;
      for (const extra of b.slice(j, j + count)) {
        const near = a[i - 1] ?? a[i];
        report(
          extra.line,
          `this ${describe(extra)} has no counterpart in ${options.english} (compared up to ${at(near?.line)}).`,
          'remove it, or merge it into the block it belongs to; add new text to the English file first.',
        );
      }
      j += count;
      continue;
    }
    // The same place, differing.
    if (e.kind !== t.kind || e.depth !== t.depth) {
      report(
        t.line,
        `this is ${an(describe(t))}, but its English counterpart at ${at(e.line)} is ${an(describe(e))}.`,
        e.kind === 'note'
          ? "write it as a blockquote starting **Примітка редакції:**, as the English note starts **Editor's note:**."
          : `make it ${an(KIND_NAMES[e.kind])}${e.depth ? ` of level ${e.depth}` : ''}, as in the English.`,
      );
    } else if (exact && e.kind === 'heading' && e.text !== t.text) {
      report(
        t.line,
        `the cell heading "## ${t.text}" differs from the English "## ${e.text}" at ${at(e.line)}.`,
        'keep the English cell headings exactly (they are source ids, not words to translate).',
      );
    } else {
      const missing = e.cites.filter((c) => !t.cites.includes(c)).join(', ');
      const extra = t.cites.filter((c) => !e.cites.includes(c)).join(', ');
      report(
        t.line,
        `this ${KIND_NAMES[t.kind]} cites ${t.cites.join(', ') || 'nothing'}, but its English counterpart at ` +
          `${at(e.line)} cites ${e.cites.join(', ') || 'nothing'}` +
          `${missing ? `; missing: ${missing}` : ''}${extra ? `; extra: ${extra}` : ''}.`,
        'cite exactly the sentences the English cites (the order inside the paragraph may change).',
      );
    }
    i++;
    j++;
  }
  return errors;
}

/** `changes` and `corrections`: the same entries, with the same dates in the same order. */
function checkDatedLists(
  en: ContentFile,
  tr: ContentFile,
  at: (line: number | undefined) => string,
  fail: (line: number | undefined, problem: string, fix: string) => void,
): void {
  const enData = (en.data ?? {}) as Record<string, unknown>;
  const trData = (tr.data ?? {}) as Record<string, unknown>;
  for (const field of ['changes', 'corrections']) {
    // An English list written wrong is reported there, once: this one is compared with it once it is fixed.
    const written = enData[field];
    const readable = (x: unknown) =>
      x !== null && typeof x === 'object' && /^\d{4}-\d{2}-\d{2}$/.test(isoDate((x as Record<string, unknown>).date));
    if (written !== undefined && written !== null && !(Array.isArray(written) && written.every(readable))) continue;
    const a = Array.isArray(enData[field]) ? (enData[field] as Array<Record<string, unknown>>) : [];
    const b = Array.isArray(trData[field]) ? (trData[field] as Array<Record<string, unknown>>) : [];
    const dates = (list: Array<Record<string, unknown>>) => list.map((x) => isoDate(x?.date));
    if (a.length !== b.length) {
      fail(
        tr.lineOf([field]) ?? tr.bodyLine - 1,
        `"${field}" has ${b.length} ${b.length === 1 ? 'entry' : 'entries'}, but the English has ${a.length}` +
          `${a.length ? ` (${at(en.lineOf([field]))}: ${dates(a).join(', ')})` : ''}.`,
        a.length
          ? `give "${field}" the same entries as the English, with the same dates in the same order, words translated.`
          : `remove "${field}": the English file has none.`,
      );
      continue;
    }
    b.forEach((entry, k) => {
      const want = dates(a)[k];
      const got = isoDate(entry?.date);
      if (want !== got)
        fail(
          tr.lineOf([field, k, 'date']) ?? tr.lineOf([field, k]),
          `entry ${k + 1} of "${field}" is dated ${got}, but the English entry ${k + 1} ` +
            `(${at(en.lineOf([field, k, 'date']))}) is dated ${want}.`,
          `keep the English dates in the English order: ${dates(a).join(', ')}.`,
        );
    });
  }
}
