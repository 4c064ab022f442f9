/**
 * The whole content check, without rendering a page: every file's frontmatter against its schema (lint.ts),
 * every source text and its .yaml, every comparison row, every Markdown body through the same remark and
 * rehype plugins the site renders with (citations, entry links, raw HTML, editor's notes, heading anchors),
 * and the faithfulness rules (who says it, hedges kept, no outside facts).
 * Each stage reports every file it finds wrong, and one file's mistake never hides another's: the result is
 * every content error at once. `npm run check:content` prints it; the build runs it before Astro reads any
 * content, and in dev the pages show it (src/middleware.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { ContentError } from './content-error.ts';
import { entryIdOf, markdownFiles, sourceTextFiles } from './files.ts';
import { describeIssue, lintContent } from './lint.ts';
import { parseYamlWithLines, readContentFile } from './content-file.ts';
import { readSourceText } from './source-text.ts';
import { checkComparisonRow, checkTopicsUnique, readComparisonRow } from './comparison-rows.ts';
import { MARKDOWN_COLLECTIONS } from './schemas/markdown-collections.ts';
import { sourceMetaSchema } from './schemas/source.ts';
import { ID_PATTERN } from './schemas/ids.ts';
import { contentCheckPipeline } from '../markdown/processor.ts';
import { contentErrorsOf } from '../markdown/fail.ts';
import { checkFaithfulness } from './faithfulness/check.ts';
import { checkTranslations } from './check-translations.ts';
import { checkedBodies } from './check-cache.ts';
import { englishFileOf } from './translation-files.ts';
import { renderInputsDigest } from '../markdown/render-inputs.ts';

/** Runs `step`, turning a thrown ContentError into a reported one (anything else is a bug and is rethrown). */
function collect(errors: ContentError[], step: () => void): void {
  try {
    step();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(e);
  }
}

/** Each source: a readable verbatim text, a .yaml beside it that fits the schema, "unused" ids that exist. */
function checkSources(contentDir: string): ContentError[] {
  const errors: ContentError[] = [];
  const dir = join(contentDir, 'sources');
  for (const file of sourceTextFiles(dir)) {
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
        `the YAML cannot be read: ${parsed.message}`,
        'check the indentation and quoting on that line (quote text that contains ": ").',
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
      bodies.push({ path, body: row.body });
      for (const e of checkComparisonRow(row, sourceIds).errors) errors.push(e);
      const topic = row.frontmatter.topic;
      if (typeof topic === 'string') topics.push({ file: shown, topic, line: row.fieldLine('topic') });
    });
  }
  collect(errors, () => checkTopicsUnique(topics));
  return { errors, bodies };
}

export interface BodyToCheck {
  path: string;
  body: string;
}

/** Bodies through the site's own plugins, here; every mistake in each file is reported with its line. */
export async function checkBodiesHere(contentDir: string, bodies: BodyToCheck[]): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const pipeline = contentCheckPipeline({ contentDir, base: '/' });
  for (const { path, body } of bodies) {
    const file = new VFile({ value: body, path, data: { bodyLineOffset: 0, astro: { frontmatter: {} } } });
    try {
      await pipeline.run(pipeline.parse(file), file);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      errors.push(e);
    }
    errors.push(...contentErrorsOf(file).filter((e) => !errors.includes(e)));
  }
  return errors;
}

/** Below this many files one thread is quicker than starting workers. */
const WORKER_THRESHOLD = 1500;

/** Bodies split across one worker per core: parsing Markdown is most of the check's time on a large site. */
function checkBodiesInWorkers(contentDir: string, bodies: BodyToCheck[], size: number): Promise<ContentError[]> {
  const shares = Array.from({ length: size }, (_, i) => bodies.filter((_, j) => j % size === i));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<ContentError[]>((done, fail) => {
          const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
            workerData: { contentDir, bodies: share },
          });
          worker.once('message', (found: ConstructorParameters<typeof ContentError>[0][]) =>
            done(found.map((e) => new ContentError(e))),
          );
          worker.once('error', fail);
          worker.once('exit', (code) => code !== 0 && fail(new Error(`a content-check worker stopped (exit ${code})`)));
        }),
    ),
  ).then((lists) => lists.flat());
}

async function checkBodies(contentDir: string, extra: BodyToCheck[], cacheDir?: string): Promise<ContentError[]> {
  const files = MARKDOWN_COLLECTIONS.flatMap((c) =>
    markdownFiles(join(contentDir, c.folder)).map((f) => join(contentDir, c.folder, f)),
  );
  const bodies = [
    ...files.flatMap((path) => {
      // The file as the linter read it (read once); one it could not read is reported there.
      const file = readContentFile(path);
      if (file.problem) return [];
      // Blank lines for the frontmatter, so the plugins' lines are the file's.
      return [{ path, body: '\n'.repeat(file.bodyLine - 1) + file.body }];
    }),
    ...extra,
  ];
  // A rebuild checks only the bodies whose outcome may have changed since the last run that passed them.
  const cache = cacheDir ? checkedBodies(cacheDir) : undefined;
  const bodyAt = new Map(bodies.map((b) => [resolve(b.path), b.body]));
  const digest = cache ? renderInputsDigest(contentDir) : '';
  const keyed = bodies.map((b) => {
    const english = englishFileOf(contentDir, b.path);
    const key = cache?.keyOf({
      digest,
      path: resolve(b.path),
      body: b.body,
      english: english && bodyAt.get(resolve(english)),
    });
    return { ...b, key };
  });
  const todo = keyed.filter((b) => !b.key || !cache!.passed(b.key));
  const checkedNow = new Set(todo);
  const cores = availableParallelism();
  const errors = await (todo.length >= WORKER_THRESHOLD && cores > 1
    ? checkBodiesInWorkers(contentDir, todo, cores)
    : checkBodiesHere(contentDir, todo));
  if (cache) {
    const failed = new Set(errors.map((e) => resolve(e.file)));
    // A mistake no body owns would be lost by remembering passes: then remember only the earlier ones.
    const owned = [...failed].every((f) => bodyAt.has(f));
    cache.save(keyed.filter((b) => (owned ? !failed.has(resolve(b.path)) : !checkedNow.has(b))).map((b) => b.key!));
  }
  return errors;
}

/** Every content error; with `cacheDir`, bodies that passed before and have not changed are not checked again. */
export async function checkContent(contentDir: string, options: { cacheDir?: string } = {}): Promise<ContentError[]> {
  const comparison = checkComparison(contentDir);
  // Each edition's translations (content/uk/): their fields, parity with the English, their sources' sentences.
  const translations = checkTranslations(contentDir);
  return [
    ...lintContent(contentDir, MARKDOWN_COLLECTIONS),
    ...checkSources(contentDir),
    ...comparison.errors,
    ...translations.errors,
    ...(await checkBodies(contentDir, [...comparison.bodies, ...translations.bodies], options.cacheDir)),
    // Who says it, hedges kept, no outside facts (faithfulness/, rules in content/checks/).
    ...checkFaithfulness(contentDir),
  ];
}
