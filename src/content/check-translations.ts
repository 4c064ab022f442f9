/**
 * The content check for each edition's translations (`content/uk/`): every translation's words-only
 * frontmatter (a structural field is refused, naming the English file it comes from), the damaged-file rules
 * as for English, a translation for every English file and an English file for every translation, parity
 * block by block (parity.ts), comparison rows with the English row's cells, and every source's sentence
 * translations. Returns every error it finds, and the translated bodies for the Markdown plugins to check
 * (which compare each body with its English file's block by block: markdown/remark-parity.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './content-error.ts';
import { parseYamlWithLines, readContentFile } from './content-file.ts';
import { entryIdOf, markdownFiles, sourceTextFiles } from './files.ts';
import { describeIssue, lintContent, structuralField, type LintCollection } from './lint.ts';
import { checkFrontmatterParity } from './parity.ts';
import { checkComparisonRow, readComparisonRow } from './comparison-rows.ts';
import { readSourceText } from './source-text.ts';
import { MARKDOWN_COLLECTIONS } from './schemas/markdown-collections.ts';
import { comparisonFrontmatterSchema } from './schemas/comparison.ts';
import {
  TRANSLATION_FIELDS,
  TRANSLATION_SCHEMAS,
  comparisonTranslationFrontmatterSchema,
  sourceTranslationSchema,
} from './schemas/translation.ts';
import { folderIn, translationLangs, TRANSLATED_FOLDERS } from './translation-files.ts';
import { LOCALES, type Lang } from '../i18n/languages.ts';
import type { z } from 'astro/zod';
import type { BodyToCheck } from './check-bodies.ts';
import { proseFieldsOf } from './faithfulness/check.ts';

const shape = (schema: z.ZodType) => Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);

/** Fields of the English schema that a translation does not have: they come from the English file. */
const structuralFields = (english: z.ZodType, folder: string) =>
  shape(english).filter((k) => !TRANSLATION_FIELDS[folder]!.includes(k));

/** Optional fields a translation has exactly when its English file has them. */
const MIRRORED: Partial<Record<string, string[]>> = { timeline: ['relative', 'place'], tracks: ['place'] };

/** The translation collections as the linter sees them. */
function translationCollections(lang: Lang): LintCollection[] {
  return MARKDOWN_COLLECTIONS.map((c) => {
    const schema = TRANSLATION_SCHEMAS[c.folder as keyof typeof TRANSLATION_SCHEMAS];
    return {
      folder: folderIn(lang, c.folder),
      schema,
      bodyRequired: c.bodyRequired,
      translates: { folder: c.folder, fields: structuralFields(c.schema, c.folder) },
    };
  });
}

const shownPath = (path: string) => relative(process.cwd(), path);

/** Every English file has a translation and every translation an English file. */
function checkPairs(contentDir: string, lang: Lang, folder: string, errors: ContentError[]): string[] {
  const english = new Set(markdownFiles(join(contentDir, folder)).map(entryIdOf));
  const translated = markdownFiles(join(contentDir, folderIn(lang, folder)));
  const ids = new Set(translated.map(entryIdOf));
  const name = LOCALES[lang].name;
  for (const id of english) {
    if (ids.has(id)) continue;
    const where = shownPath(join(contentDir, folderIn(lang, folder), `${id}.md`));
    errors.push(
      new ContentError({
        file: shownPath(join(contentDir, folder, `${id}.md`)),
        problem: `there is no translation of this file (${name}): ${where} does not exist.`,
        fix: `write ${where}: the same blocks in the same order, each citing the same sentences (README).`,
      }),
    );
  }
  for (const file of translated) {
    if (english.has(entryIdOf(file))) continue;
    const en = shownPath(join(contentDir, folder, `${entryIdOf(file)}.md`));
    errors.push(
      new ContentError({
        file: shownPath(join(contentDir, folderIn(lang, folder), file)),
        problem: `this translation has no English file: ${en} does not exist.`,
        fix: `name it after the English file it translates (content/${folder}/), or remove it.`,
      }),
    );
  }
  return translated.filter((f) => english.has(entryIdOf(f)));
}

/** The English files of a folder by id (folders inside a collection are for editors), listed once. */
function englishPaths(contentDir: string, folder: string): Map<string, string> {
  return new Map(markdownFiles(join(contentDir, folder)).map((f) => [entryIdOf(f), join(contentDir, folder, f)]));
}

function checkComparisonTranslation(contentDir: string, path: string, errors: ContentError[]): void {
  const shown = shownPath(path);
  const id = entryIdOf(path);
  let row;
  try {
    row = readComparisonRow(id, readFileSync(path, 'utf8'), shown);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(e);
    return;
  }
  // A structural field (order, status, see) is named as the English file's; the rest of the row as usual.
  const words = { ...row.frontmatter };
  for (const key of structuralFields(comparisonFrontmatterSchema, 'comparison')) {
    if (!(key in words)) continue;
    delete words[key];
    const [problem, fix] = structuralField(key, shownPath(join(contentDir, 'comparison', `${id}.md`)));
    errors.push(new ContentError({ file: shown, line: row.fieldLine(key), problem, fix }));
  }
  const sourceIds = sourceTextFiles(join(contentDir, 'sources')).map((f) => f.slice(0, -4));
  errors.push(
    ...checkComparisonRow({ ...row, frontmatter: words }, sourceIds, comparisonTranslationFrontmatterSchema).errors,
  );
}

/** `content/uk/sources/NAME.yaml`: the source's reader-facing words and a translation of every sentence. */
function checkSourceTranslations(contentDir: string, lang: Lang, errors: ContentError[]): void {
  const dir = join(contentDir, 'sources');
  const trDir = join(contentDir, folderIn(lang, 'sources'));
  const ids = sourceTextFiles(dir).map((f) => f.slice(0, -4));
  const translated = existsSync(trDir) ? readdirSync(trDir).filter((f) => f.endsWith('.yaml')) : [];
  for (const file of translated) {
    if (!ids.includes(file.slice(0, -5)))
      errors.push(
        new ContentError({
          file: shownPath(join(trDir, file)),
          problem: `this translation has no source: ${shownPath(join(dir, `${file.slice(0, -5)}.txt`))} is missing.`,
          fix: 'name it after a source in content/sources/ (NAME.yaml for NAME.txt), or remove it.',
        }),
      );
  }
  for (const id of ids) {
    const path = join(trDir, `${id}.yaml`);
    const shown = shownPath(path);
    const fail = (line: number | undefined, problem: string, fix: string) =>
      errors.push(new ContentError({ file: shown, line, problem, fix }));
    if (!existsSync(path)) {
      errors.push(
        new ContentError({
          file: shownPath(join(dir, `${id}.txt`)),
          problem: `the source has no ${LOCALES[lang].name} translation: ${shown} does not exist.`,
          fix: `write ${shown}: title, outlet, attribution, unknown, unused, names, and every sentence translated.`,
        }),
      );
      continue;
    }
    let raw: string;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, '');
    } catch {
      fail(undefined, 'the file is not valid UTF-8.', 'save it as UTF-8.');
      continue;
    }
    const parsed = parseYamlWithLines(raw.replace(/\r\n/g, '\n'));
    if (!parsed.ok) {
      fail(
        parsed.line,
        `the YAML cannot be read: ${parsed.message}.`,
        parsed.fix ?? 'check the indentation and quoting on that line.',
      );
      continue;
    }
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    const lineOf = (at: PropertyKey[]) => parsed.lineOf(at) ?? 1;
    const result = sourceTranslationSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
          for (const key of issue.keys)
            fail(
              lineOf([key]),
              `"${key}" does not belong in a source's translation: it comes from content/sources/${id}.yaml.`,
              `remove "${key}" here (a translation holds only the words readers read).`,
            );
          continue;
        }
        const { problem, fix } = describeIssue(issue, data);
        fail(lineOf(issue.path), problem, fix);
      }
      continue;
    }
    const t = result.data;
    let count: number;
    try {
      count = readSourceText(id, join(dir, `${id}.txt`), shownPath(join(dir, `${id}.txt`))).sentences.size;
    } catch {
      continue; // An unreadable source text is reported by the source check.
    }
    const missing = Array.from({ length: count }, (_, k) => `s${k + 1}`).filter((s) => !(s in t.sentences));
    if (missing.length > 0)
      fail(
        lineOf(['sentences']),
        `"sentences" has no translation of ${missing.join(', ')} (the source has s1 to s${count}).`,
        `translate every sentence of content/sources/${id}.txt, as numbered on /sources/${id}/.`,
      );
    for (const sid of Object.keys(t.sentences))
      if (Number(sid.slice(1)) > count || Number(sid.slice(1)) < 1)
        fail(
          lineOf(['sentences', sid]),
          `"sentences" has ${sid}, but the source has sentences s1 to s${count}.`,
          'remove it: only the sentences shown on the source page are translated.',
        );
    // The English .yaml's lists, item for item.
    const english = parseYamlWithLines(readFileSync(join(dir, `${id}.yaml`), 'utf8'));
    if (!english.ok) continue; // Reported by the source check.
    const en = (english.data ?? {}) as Record<string, unknown>;
    const enUnused = Object.keys((en.unused as object | null) ?? {}).sort();
    const trUnused = Object.keys(t.unused).sort();
    if (enUnused.join() !== trUnused.join())
      fail(
        lineOf(['unused']),
        `"unused" lists ${trUnused.join(', ') || 'nothing'}, but content/sources/${id}.yaml lists ` +
          `${enUnused.join(', ') || 'nothing'}.`,
        'list the same sentence ids as the English, each reason translated.',
      );
    const enUnknown = Array.isArray(en.unknown) ? en.unknown.length : 0;
    if (enUnknown !== t.unknown.length)
      fail(
        lineOf(['unknown']),
        `"unknown" has ${t.unknown.length} items, but content/sources/${id}.yaml has ${enUnknown}.`,
        'translate each item of the English "unknown", in the same order.',
      );
  }
}

/** Every translation problem of the content folder, and the translated bodies to check through the plugins. */
export function checkTranslations(contentDir: string): { errors: ContentError[]; bodies: BodyToCheck[] } {
  const errors: ContentError[] = [];
  const bodies: BodyToCheck[] = [];
  for (const lang of translationLangs(contentDir)) {
    errors.push(...lintContent(contentDir, translationCollections(lang)));
    for (const folder of TRANSLATED_FOLDERS) {
      const englishFiles = englishPaths(contentDir, folder);
      for (const file of checkPairs(contentDir, lang, folder, errors)) {
        const path = join(contentDir, folderIn(lang, folder), file);
        const english = englishFiles.get(entryIdOf(file))!;
        const record = readContentFile(path);
        if (folder === 'comparison') checkComparisonTranslation(contentDir, path, errors);
        // A damaged file is reported by the linter (the comparison check, for rows).
        if (record.problem) continue;
        // Blank lines for the frontmatter, so the plugins' lines are the file's.
        bodies.push({
          path,
          body: '\n'.repeat(record.bodyLine - 1) + record.body,
          prose: proseFieldsOf(record.data, record.lineOf),
        });
        // The fields here; the body, block by block, with the other body checks (markdown/remark-parity.ts).
        const enRecord = readContentFile(english);
        if (enRecord.problem) continue;
        errors.push(...checkFrontmatterParity(enRecord, record, { mirroredFields: MIRRORED[folder] }));
      }
    }
    checkSourceTranslations(contentDir, lang, errors);
  }
  return { errors, bodies };
}
