/**
 * The whole content check, without rendering a page: every file's frontmatter against its schema (lint.ts),
 * every source text and its .yaml, every comparison row, every Markdown body through the same remark and
 * rehype plugins the site renders with (citations, entry links, raw HTML, editor's notes, heading anchors),
 * and the faithfulness rules (who says it, hedges kept, no outside facts).
 * Each stage reports every file it finds wrong, and one file's mistake never hides another's: the result is
 * every content error at once. `npm run check:content` prints it; the build runs it before Astro reads any
 * content, and in dev the pages show it (src/middleware.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './content-error.ts';
import { entryIdOf, markdownFiles, sourceTextFiles, unreadFiles } from './files.ts';
import { describeIssue, lintContent } from './lint.ts';
import { parseYamlWithLines } from './content-file.ts';
import { readSourceText, textDigest } from './source-text.ts';
import { checkComparisonRow, checkTopicsUnique, readComparisonRow } from './comparison-rows.ts';
import { MARKDOWN_COLLECTIONS } from './schemas/markdown-collections.ts';
import { sourceMetaSchema } from './schemas/source.ts';
import { ID_PATTERN } from './schemas/ids.ts';
import { proseFieldsOf, readFaithfulnessEditions } from './faithfulness/check.ts';
import { checkTranslations } from './check-translations.ts';
import { checkBodies, type BodyCheckOptions, type BodyToCheck } from './check-bodies.ts';
import { articleLinkProblem } from './article-sections.ts';
import { checkTimelineDates } from './timeline-dates.ts';
import { folderIn, translationLangs, TRANSLATED_FOLDERS } from './translation-files.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';

/** Runs `step`, turning a thrown ContentError into a reported one (anything else is a bug and is rethrown). */
function collect(errors: ContentError[], step: () => void): void {
  try {
    step();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(e);
  }
}

/**
 * Each source: a readable verbatim text, unchanged if its digest is recorded, a .yaml beside it that fits the
 * schema, "unused" ids that exist.
 */
function checkSources(contentDir: string): ContentError[] {
  const errors: ContentError[] = [];
  const dir = join(contentDir, 'sources');
  const textFiles = sourceTextFiles(dir);
  const texts = textFiles.map((f) => f.slice(0, -4));
  const metas = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')) : [];
  // A text renamed without its .yaml (or removed without it): every citation of the old name fails, and this says why.
  const bare = texts.filter((id) => !metas.includes(`${id}.yaml`));
  for (const meta of metas) {
    const id = meta.slice(0, -5);
    if (texts.includes(id)) continue;
    const renamed =
      bare.length > 0 ? ` (${bare.map((b) => `${b}.txt`).join(', ')} has no .yaml: was the text renamed?)` : '';
    errors.push(
      new ContentError({
        file: relative(process.cwd(), join(dir, meta)),
        problem: `there is no source text ${id}.txt beside this file${renamed}, so citations of "${id}" fail.`,
        fix:
          `a source's id is its text's file name, which citations use ([@${id}#s3]): give the text its old name ` +
          'back, or rename this file with it and correct every citation; if the source was removed, remove this file.',
      }),
    );
  }
  for (const file of textFiles) {
    const id = file.slice(0, -4);
    const txt = relative(process.cwd(), join(dir, file));
    const yamlPath = join(dir, `${id}.yaml`);
    const yaml = relative(process.cwd(), yamlPath);
    const fail = (where: string, line: number | undefined, problem: string, fix: string) =>
      errors.push(new ContentError({ file: where, line, problem, fix }));
    if (!ID_PATTERN.test(id))
      fail(
        txt,
        undefined,
        `"${id}" is not a valid source id.`,
        'rename the .txt and .yaml to lower-case words joined by hyphens.',
      );
    let sentences: number | undefined;
    collect(errors, () => (sentences = readSourceText(id, join(dir, file), txt).sentences.size));
    if (!existsSync(yamlPath)) {
      fail(
        txt,
        undefined,
        'the source text has no metadata file beside it.',
        `create ${yaml} (npm run new -- source ${id}), with at least title, outlet and attribution.`,
      );
      continue;
    }
    let raw: string;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(yamlPath)).replace(/^\uFEFF/, '');
    } catch {
      fail(yaml, undefined, 'the file is not valid UTF-8.', 'save it as UTF-8.');
      continue;
    }
    const parsed = parseYamlWithLines(raw);
    if (!parsed.ok) {
      fail(
        yaml,
        parsed.line,
        `the YAML cannot be read: ${parsed.message}.`,
        parsed.fix ?? 'check the indentation and quoting on that line (quote text that contains ": ").',
      );
      continue;
    }
    const data = parsed.data ?? {};
    const lineOf = (path: PropertyKey[]) => parsed.lineOf(path) ?? 1;
    const result = sourceMetaSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { problem, fix } = describeIssue(issue, data);
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        fail(yaml, lineOf(at), problem, fix);
      }
      continue;
    }
    const { sha256: recorded, seed } = result.data;
    if (recorded !== undefined && textDigest(join(dir, file)) !== recorded)
      fail(
        txt,
        undefined,
        `the text is not the one recorded in ${yaml} ("sha256"): a source is kept verbatim, as it was published.`,
        `undo the edit (the original is ${seed ? `the seed file ${seed}` : 'in version control'}); ` +
          'if the outlet published a new version, add it as a source of its own.',
      );
    if (sentences === undefined) continue;
    for (const sid of Object.keys(result.data.unused)) {
      if (Number(sid.slice(1)) > sentences)
        fail(
          yaml,
          lineOf(['unused', sid]),
          `"unused" lists ${sid}, but the source has sentences s1 to s${sentences}.`,
          'list only sentence ids shown on the source page.',
        );
    }
  }
  return errors;
}

/**
 * Files in a collection's folder that the site would leave out without a word (`crimea.MD`, `crimea.markdown`,
 * `crimea`): an editor who saved one would look for it on the site in vain.
 */
export function checkUnreadFiles(contentDir: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const lang of [DEFAULT_LANG, ...translationLangs(contentDir)])
    for (const folder of TRANSLATED_FOLDERS) {
      const dir = join(contentDir, folderIn(lang, folder));
      for (const file of unreadFiles(dir)) {
        const named = `${file.replace(/\.[^./]*$/, '')}.md`;
        errors.push(
          new ContentError({
            file: relative(process.cwd(), join(dir, file)),
            problem: 'the site does not read this file: only files whose names end in ".md" (in lower case) are.',
            fix:
              `rename it to ${named.split('/').pop()} to publish it, or to _${file.split('/').pop()} to keep it as ` +
              'a draft the site leaves out.',
          }),
        );
      }
    }
  return errors;
}

/** Every comparison row: its fields, a citing cell for every source, a note where the sources conflict. */
function checkComparison(contentDir: string): { errors: ContentError[]; bodies: BodyToCheck[] } {
  const errors: ContentError[] = [];
  const bodies: BodyToCheck[] = [];
  const dir = join(contentDir, 'comparison');
  const sourceIds = sourceTextFiles(join(contentDir, 'sources')).map((f) => f.slice(0, -4));
  const topics: Array<{ file: string; topic: string; line?: number }> = [];
  for (const f of markdownFiles(dir)) {
    const path = join(dir, f);
    const shown = relative(process.cwd(), path);
    const id = entryIdOf(f);
    if (!ID_PATTERN.test(id))
      errors.push(
        new ContentError({
          file: shown,
          problem: `"${id}" is not a valid row id (the file name is the row's anchor).`,
          fix: 'rename the file to lower-case words joined by hyphens, e.g. "line-of-contact.md".',
        }),
      );
    collect(errors, () => {
      const row = readComparisonRow(id, readFileSync(path, 'utf8'), shown);
      bodies.push({
        path,
        body: row.body,
        prose: proseFieldsOf(row.frontmatter, ([field]) => row.fieldLine(String(field))),
      });
      for (const e of checkComparisonRow(row, sourceIds).errors) errors.push(e);
      const see = row.frontmatter.see;
      const wrong = typeof see === 'string' ? articleLinkProblem(contentDir, 'see', see) : undefined;
      if (wrong) errors.push(new ContentError({ file: shown, line: row.fieldLine('see'), ...wrong }));
      const topic = row.frontmatter.topic;
      if (typeof topic === 'string') topics.push({ file: shown, topic, line: row.fieldLine('topic') });
    });
  }
  collect(errors, () => checkTopicsUnique(topics));
  return { errors, bodies };
}

/**
 * The whole content check, begun: the errors of every check but the bodies', and the bodies' check running
 * on (the slow part, on every core for a large site). A build passes `cacheDir` (bodies that passed before
 * and have not changed are not checked again) and `render` (the bodies checked are rendered too, and
 * Astro's content sync takes each as it is done: markdown/prerendered.ts).
 */
export function startContentCheck(
  contentDir: string,
  options: BodyCheckOptions = {},
): { errors: ContentError[]; bodies: Promise<ContentError[]> } {
  const comparison = checkComparison(contentDir);
  // Each edition's translations (content/uk/): their fields, parity with the English, their sources' sentences.
  const translations = checkTranslations(contentDir);
  // Who says it, hedges kept, no outside facts (faithfulness/, rules in content/checks/): the rule files here, the
  // prose with each body.
  const faithfulness = readFaithfulnessEditions(contentDir);
  const errors = [
    ...lintContent(contentDir, MARKDOWN_COLLECTIONS),
    ...checkSources(contentDir),
    ...comparison.errors,
    ...translations.errors,
    ...faithfulness.errors,
    ...checkTimelineDates(contentDir),
    ...checkUnreadFiles(contentDir),
  ];
  // A build these errors stop renders nothing: its bodies are only checked, for the one report.
  const render = errors.length === 0 ? options.render : undefined;
  const bodies = checkBodies(contentDir, [...comparison.bodies, ...translations.bodies], faithfulness.editions, {
    ...options,
    render,
  });
  return { errors, bodies };
}

/** Every content error, at once. */
export async function checkContent(contentDir: string, options: BodyCheckOptions = {}): Promise<ContentError[]> {
  const { errors, bodies } = startContentCheck(contentDir, options);
  return [...errors, ...(await bodies)];
}
