/**
 * npm run new -- KIND NAME — starts a content file an editor then fills in.
 *
 *   source NAME   writes content/sources/NAME.yaml beside the verbatim NAME.txt and lists what else a new
 *                 source needs (its facts, a cell in every comparison row, a reason for each sentence no page cites)
 *   cells NAME    starts a "## NAME" cell in every comparison row that has none (the build then names each
 *                 one until it says something and cites)
 *   article | timeline | glossary | people | question | comparison | track NAME
 *                 writes a skeleton that builds: every required field, and text that cites a real sentence
 *
 * NAME becomes the file name and the public anchor: lower-case words joined by hyphens ("Wire Report" is
 * written as wire-report). An existing file is never overwritten. EXPLAINER_CONTENT_DIR picks another content
 * folder, as for the build. Where the content has a Ukrainian edition (content/uk/), a new entry gets its
 * translation skeleton too (words only, the same blocks citing the same sentences), so the build's parity
 * check passes at once, and `cells` starts the cell in every translated row as well.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, entryIdOf, markdownFiles, sourceTextFiles } from '../src/content/files.ts';
import { readSourceText, textDigest } from '../src/content/source-text.ts';
import { readComparisonRow, NOTE_SECTION } from '../src/content/comparison-rows.ts';
import { folderIn, translationLangs } from '../src/content/translation-files.ts';

const KINDS: Record<string, string> = {
  source: 'sources',
  sources: 'sources',
  cells: 'cells',
  article: 'articles',
  articles: 'articles',
  timeline: 'timeline',
  event: 'timeline',
  glossary: 'glossary',
  term: 'glossary',
  people: 'people',
  person: 'people',
  question: 'questions',
  questions: 'questions',
  comparison: 'comparison',
  row: 'comparison',
  track: 'tracks',
  tracks: 'tracks',
};

class Refusal extends Error {}

/** "Wire Report" → "wire-report": the form file names (and anchors) take. */
export function toId(name: string): string {
  return name
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.(md|txt|yaml)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "what-is-on-the-table" → "What is on the table". */
const words = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const today = () => new Date().toISOString().slice(0, 10);
const shown = (path: string) => relative(process.cwd(), path);

/** The next free position in a collection: past the largest `order:` so far, in steps of `step`. */
function nextOrder(folder: string, step: number): number {
  let max = 0;
  for (const f of markdownFiles(join(contentDir, folder))) {
    const m = /^order:\s*(-?\d+(?:\.\d+)?)\s*$/m.exec(readFileSync(join(contentDir, folder, f), 'utf8'));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Math.floor(max / step) * step + step;
}

const sourceIds = () => sourceTextFiles(join(contentDir, 'sources')).map((f) => f.slice(0, -4));

/** A citation of a sentence that exists, so the skeleton builds: the first sentence of the first source. */
function sampleCitation(): string {
  const id = sourceIds()[0];
  if (!id) throw new Refusal('there is no source yet: add one first (npm run new -- source NAME).');
  return `[@${id}#s1]`;
}

function firstEntry(folder: string, what: string): string {
  const first = markdownFiles(join(contentDir, folder))[0];
  if (!first) throw new Refusal(`this needs ${what} to point at, and there is none yet: write one first.`);
  return entryIdOf(first);
}

function skeleton(folder: string, id: string): string {
  const cite = sampleCitation();
  const text = `Our own words on what the sources say, each sentence citing the one it rests on ${cite}.`;
  switch (folder) {
    case 'articles':
      return [
        '---',
        `title: ${words(id)}`,
        'dek: One line saying what the article explains.',
        `order: ${nextOrder(folder, 1)}`,
        `updated: ${today()}`,
        'changes:',
        `  - date: ${today()}`,
        '    text: First published.',
        'topics: [overview]   # see README, "Adding an article"',
        '---',
        '',
        '## The first question this article answers',
        '',
        text,
        '',
      ].join('\n');
    case 'timeline':
      return [
        '---',
        `title: ${words(id)}`,
        `order: ${nextOrder(folder, 10)}`,
        '# date: { month: 4, day: 21 }   # only what the source gives; or relative: the source’s own words',
        'people: []',
        '---',
        '',
        `What happened, in one or two sentences ${cite}.`,
        '',
      ].join('\n');
    case 'glossary':
      return ['---', `term: ${id.replace(/-/g, ' ')}`, 'aliases: []', '---', '', text, ''].join('\n');
    case 'people':
      return [
        '---',
        `name: ${words(id)}`,
        'kind: person   # person | group | organisation | role',
        'role: Their role, as the sources describe it',
        '---',
        '',
        text,
        '',
      ].join('\n');
    case 'questions':
      return [
        '---',
        `question: ${words(id)}?`,
        `order: ${nextOrder(folder, 1)}`,
        `link: article:${firstEntry('articles', 'an article')}   # where the full answer is: article:slug#section`,
        '---',
        '',
        `An answer in two sentences, each citing ${cite}. The second says what is still open ${cite}.`,
        '',
      ].join('\n');
    case 'comparison':
      return [
        '---',
        `topic: ${words(id)}`,
        `order: ${nextOrder(folder, 10)}`,
        'status: differ   # agree | one-source | differ | conflict',
        '---',
        '',
        ...sourceIds().flatMap((s) => [
          `## ${s}`,
          '',
          `What this source reports on the topic, in our words [@${s}#s1].`,
          '',
        ]),
      ].join('\n');
    case 'tracks':
      return [
        '---',
        `title: ${words(id)}`,
        `label: ${words(id).slice(0, 28)}`,
        `order: ${nextOrder(folder, 10)}`,
        `events: [${firstEntry('timeline', 'a timeline event')}]`,
        '---',
        '',
        text,
        '',
      ].join('\n');
  }
  throw new Refusal(`no skeleton for ${folder}.`);
}

/**
 * A translation's skeleton (content/uk/FOLDER/NAME.md): the words-only fields and the English skeleton's
 * blocks, each citing the same sentence, in placeholder Ukrainian to replace.
 */
function translationSkeleton(folder: string): string {
  const cite = sampleCitation();
  const text = `Наші власні слова про те, що кажуть джерела; кожне речення посилається на своє ${cite}.`;
  const front = (...fields: string[]) => ['---', ...fields, '---', ''];
  switch (folder) {
    case 'articles':
      return [
        ...front(
          'title: Заголовок українською',
          'dek: Один рядок про те, що пояснює стаття.',
          'changes:',
          `  - date: ${today()}`,
          '    text: Перша публікація.',
        ),
        '## Перше питання, на яке відповідає стаття',
        '',
        text,
        '',
      ].join('\n');
    case 'timeline':
      return [...front('title: Назва події українською'), `Що сталося, одним-двома реченнями ${cite}.`, ''].join('\n');
    case 'glossary':
      return [...front('term: термін українською', 'aliases: []'), text, ''].join('\n');
    case 'people':
      return [...front("name: Ім'я українською", 'role: Роль, як її описують джерела'), text, ''].join('\n');
    case 'questions':
      return [
        ...front('question: Питання українською?'),
        `Відповідь двома реченнями, кожне з посиланням ${cite}. Друге каже, що досі відкрите ${cite}.`,
        '',
      ].join('\n');
    case 'comparison':
      return [
        ...front('topic: Тема українською'),
        ...sourceIds().flatMap((s) => [
          `## ${s}`,
          '',
          `Що це джерело повідомляє на цю тему, нашими словами [@${s}#s1].`,
          '',
        ]),
      ].join('\n');
    case 'tracks':
      return [...front('title: Назва треку українською', 'label: Підпис на схемі'), text, ''].join('\n');
  }
  throw new Refusal(`no skeleton for ${folder}.`);
}

/** Comparison rows without a cell for `source`, in every edition: file and topic. */
function rowsWithoutCell(source: string): Array<{ path: string; id: string; raw: string }> {
  return ['comparison', ...translationLangs(contentDir).map((lang) => folderIn(lang, 'comparison'))].flatMap((folder) =>
    rowsOf(join(contentDir, folder), source),
  );
}

function rowsOf(dir: string, source: string): Array<{ path: string; id: string; raw: string }> {
  return markdownFiles(dir)
    .map((f) => ({ path: join(dir, f), id: entryIdOf(f), raw: readFileSync(join(dir, f), 'utf8') }))
    .filter((r) => {
      try {
        return !readComparisonRow(r.id, r.raw, shown(r.path)).sections.some((s) => s.key === source);
      } catch {
        return true; // unreadable rows are the build's to report; still list them
      }
    });
}

function sourceYaml(id: string): string {
  const txt = join(contentDir, 'sources', `${id}.txt`);
  const sentences = existsSync(txt) ? [...readSourceText(id, txt, shown(txt)).sentences.values()] : [];
  const quote = (t: string) => (t.length > 70 ? `${t.slice(0, 69)}…` : t);
  const line = (field: string, note: string) => `${field.padEnd(30)} # ${note}`;
  return [
    `# What is known about content/sources/${id}.txt (the verbatim text, never edited). See README, "Adding a source".`,
    '# The empty fields are facts only the text can give: the build names each one until it is filled in.',
    line(`title: ${words(id)}`, 'our descriptive title'),
    line(`# short: ${words(id)}`, 'optional: a short name for column heads and the drawn timeline'),
    line('outlet: ""', 'the outlet as the text states it, or that it names none'),
    line('attribution: ""', 'who the text says it reports, in our words'),
    'language: en',
    ...(existsSync(txt)
      ? [line(`sha256: "${textDigest(txt)}"`, 'the text as added: the build refuses an edit to it')]
      : []),
    line('unknown: []', 'what the text does not say that a reader might assume'),
    line(`# names: [${words(id)}]`, 'what our prose calls this source'),
    line('# said_by:', 'who each sentence attributes its content to (content/checks/speakers.yaml)'),
    `#   s1-s${sentences.length || 'N'}: narration-${id}`,
    line('unused: {}', 'sentences no page cites, each with the reason, e.g. s4: Background only.'),
    ...(sentences.length > 0 ? ['# The sentences, to cite or to give a reason under unused:'] : []),
    ...sentences.map((s) => `#   ${s.id}: ${quote(s.text)}`),
    '',
  ].join('\n');
}

function newSource(id: string): string[] {
  const dir = join(contentDir, 'sources');
  const yaml = join(dir, `${id}.yaml`);
  const txt = join(dir, `${id}.txt`);
  if (existsSync(yaml)) throw new Refusal(`${shown(yaml)} already exists; nothing was written.`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(yaml, sourceYaml(id));
  const rows = rowsWithoutCell(id);
  const todo = [
    ...(existsSync(txt) ? [] : [`Copy the text, unchanged, to ${shown(txt)} (UTF-8, one paragraph per line).`]),
    `Fill in title, short, outlet and attribution in ${shown(yaml)}: what the text itself says.`,
    rows.length === 0
      ? 'Every comparison row already has a cell for it.'
      : `A "## ${id}" cell in each of the ${rows.length} comparison rows, saying what it reports on the topic ` +
        `(or that ` +
        `it is silent), with a citation: ${rows.map((r) => shown(r.path)).join(', ')}.\n` +
        `     Start them all at once: npm run new -- cells ${id}`,
    `Each sentence cited somewhere (an article, an entry, a cell), or given a reason under "unused:" ` +
      `in ${shown(yaml)}.`,
    ...translationLangs(contentDir).map(
      (lang) =>
        `Its translation, ${shown(join(contentDir, folderIn(lang, 'sources'), `${id}.yaml`))}: title, short, outlet, ` +
        'attribution, unknown, unused and names in that language, and every sentence translated under sentences:.',
    ),
    ...(existsSync(join(contentDir, 'checks/speakers.yaml'))
      ? [
          `A "narration-${id}" speaker (and any it quotes) in content/checks/speakers.yaml, and "names" and ` +
            `"said_by" in ${shown(yaml)}.`,
        ]
      : []),
  ];
  return [
    `Wrote ${shown(yaml)}. The new source "${id}" also needs:`,
    ...todo.map((t, i) => `  ${i + 1}. ${t}`),
    'Then npm run build names anything still missing, all in one run.',
  ];
}

function newCells(id: string): string[] {
  if (!sourceIds().includes(id))
    throw new Refusal(`there is no source "${id}" (content/sources/${id}.txt); add it first.`);
  const rows = rowsWithoutCell(id);
  for (const row of rows) {
    const topic = /^topic:\s*(.+?)\s*$/m.exec(row.raw)?.[1]?.replace(/^["']|["']$/g, '') ?? row.id;
    const cell =
      `## ${id}\n\n<!-- What ${id} reports on “${topic}”, in our own words, citing its sentences, e.g. [@${id}#s1]. ` +
      'Where it says nothing on the topic, say so and cite what it does say nearby. -->\n';
    const note = new RegExp(`^## ${NOTE_SECTION}\\s*$`, 'm').exec(row.raw);
    const text = note
      ? `${row.raw.slice(0, note.index)}${cell}\n${row.raw.slice(note.index)}`
      : `${row.raw.replace(/\s*$/, '\n\n')}${cell}`;
    writeFileSync(row.path, text);
  }
  return rows.length === 0
    ? [`Every comparison row already has a "## ${id}" cell.`]
    : [
        `Started a "## ${id}" cell in ${rows.length} comparison row${rows.length === 1 ? '' : 's'}:`,
        ...rows.map((r) => `  ${shown(r.path)}`),
        'Each holds only a comment: the build names every one until it says something and cites.',
      ];
}

function main(args: string[]): string[] {
  const [kind, ...rest] = args;
  const folder = kind ? KINDS[kind] : undefined;
  const name = rest.join(' ').trim();
  if (!folder || !name)
    throw new Refusal(
      'usage: npm run new -- KIND NAME, where KIND is source, cells, article, timeline, glossary, people, question, ' +
        'comparison or track.',
    );
  const id = toId(name);
  if (!id) throw new Refusal(`"${name}" has no letters or digits to make a file name from.`);
  const notes = id === name ? [] : [`Using the id "${id}": file names are public anchors, lower-case words and "-".`];
  if (folder === 'sources') return [...notes, ...newSource(id)];
  if (folder === 'cells') return [...notes, ...newCells(id)];
  const file = join(contentDir, folder, `${id}.md`);
  if (existsSync(file)) throw new Refusal(`${shown(file)} already exists; nothing was written.`);
  const translations = translationLangs(contentDir).map((lang) => join(contentDir, folderIn(lang, folder), `${id}.md`));
  for (const t of translations)
    if (existsSync(t)) throw new Refusal(`${shown(t)} already exists; nothing was written.`);
  const text = skeleton(folder, id);
  mkdirSync(join(contentDir, folder), { recursive: true });
  writeFileSync(file, text);
  for (const t of translations) {
    mkdirSync(join(t, '..'), { recursive: true });
    writeFileSync(t, translationSkeleton(folder));
  }
  return [
    ...notes,
    `Wrote ${shown(file)}: replace its placeholder words with our own, each sentence citing its own.`,
    ...translations.map((t) => `Wrote ${shown(t)}: its translation, block by block, citing the same sentences.`),
  ];
}

if (import.meta.main) {
  try {
    console.log(main(process.argv.slice(2)).join('\n'));
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`npm run new: ${e.message}`);
    process.exitCode = 1;
  }
}
