/**
 * Every Markdown body through the site's own plugins and the faithfulness rules (with its frontmatter's prose
 * fields), each mistake reported with its line. A build also renders the bodies it checks and hands each to
 * Astro's render as soon as it is done (the check and the render are one pass: markdown/prerendered.ts), skips
 * the bodies that passed before and have not changed (check-cache.ts), and on a large site splits the work
 * across one worker per core.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { ContentError } from './content-error.ts';
import { markdownFiles } from './files.ts';
import { contentIndexRead, type IndexRead } from './content-index.ts';
import { readContentFile } from './content-file.ts';
import { bodyDigestOf } from './kept-content-files.ts';
import { MARKDOWN_COLLECTIONS } from './schemas/markdown-collections.ts';
import { checkedBodies, hasCheckRecord } from './check-cache.ts';
import { englishFileOf, placeOf } from './translation-files.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';
import { contentCheckPipeline, contentRenderPipeline, renderBody } from '../markdown/processor.ts';
import { contentErrorsOf } from '../markdown/fail.ts';
import { renderInputsDigest } from '../markdown/render-inputs.ts';
import { expectRendered, forgetRendered, keepRendered, type RenderedBody } from '../markdown/prerendered.ts';
import { faithfulnessCheckers, proseFieldsOf, type ProseField } from './faithfulness/check.ts';
import { proseSentences } from './faithfulness/prose-sentences.ts';
import { recordedSentences } from '../markdown/remark-prose-sentences.ts';
import type { FaithfulnessData } from './faithfulness/rule-data.ts';
import { codeDigest } from '../build/code-digest.ts';
import { sectionsRead } from '../markdown/remark-entry-links.ts';
import { dropPrestartedWorkers, prestartBodyWorkers, takeBodyWorkers } from './check-workers.ts';

export interface BodyToCheck {
  path: string;
  /** The Markdown after the frontmatter, which is blanked line for line so that lines are the file's. */
  body: string;
  /** The frontmatter's prose fields (title, dek, …), for the faithfulness rules. */
  prose: ProseField[];
}

export interface BodyCheckOptions {
  /** Where to remember the bodies that passed, between runs. */
  cacheDir?: string;
  /** Render the bodies too, with links under this base path, for Astro to store. */
  render?: { base: string };
}

type ErrorFields = ConstructorParameters<typeof ContentError>[0];

export interface BodiesChecked {
  errors: ContentError[];
  rendered: Array<{ path: string; body: string; rendered: RenderedBody }>;
}

/** Astro renders the Markdown collections' bodies; comparison rows take their own path. */
const renderedByAstro = (contentDir: string, path: string) => placeOf(contentDir, path)?.folder !== 'comparison';

/** One body's outcome: its mistakes, its rendering when it was rendered, and the other files it was checked against. */
export interface BodyChecked {
  path: string;
  errors: ErrorFields[];
  rendered?: RenderedBody;
  /** The articles whose sections its links name (remark-entry-links.ts): its outcome depends on them too. */
  sectionsRead: string[];
}

const fields = (e: ContentError): ErrorFields => ({ file: e.file, line: e.line, problem: e.problem, fix: e.fix });

/**
 * Bodies checked (and, with `render`, rendered) in this thread, with the faithfulness rules of each edition in
 * `faithfulness` (none: the rules are off); `onBody` hears of each as it is done.
 */
export async function checkBodiesHere(
  contentDir: string,
  bodies: BodyToCheck[],
  faithfulness: FaithfulnessData[],
  render?: BodyCheckOptions['render'],
  onBody?: (done: BodyChecked) => void,
): Promise<BodiesChecked> {
  const errors: ContentError[] = [];
  const rendered: BodiesChecked['rendered'] = [];
  const check = contentCheckPipeline({ contentDir, base: '/' });
  const renderer = render && contentRenderPipeline({ contentDir, base: render.base });
  const checkers = faithfulnessCheckers(faithfulness);
  for (const { path, body, prose } of bodies) {
    const file = new VFile({ value: body, path, data: { bodyLineOffset: 0, astro: { frontmatter: {} } } });
    const found: ContentError[] = [];
    let made: RenderedBody | undefined;
    try {
      if (renderer && renderedByAstro(contentDir, path)) made = await renderBody(renderer, file);
      else await check.run(check.parse(file), file);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      found.push(e);
    }
    found.push(...contentErrorsOf(file).filter((e) => !found.includes(e)));
    const checker = checkers.get(placeOf(contentDir, path)?.lang ?? DEFAULT_LANG);
    if (checker) {
      // The sentences as the pipeline parsed them (a body whose parse failed, parsed again).
      const sentences = recordedSentences(file) ?? proseSentences(body);
      found.push(...checker.checkProse(prose, sentences, relative(process.cwd(), path)));
    }
    errors.push(...found);
    // Handed on as it is done when someone listens (kept here otherwise: a worker would hold them all).
    if (onBody)
      onBody({ path: resolve(path), errors: found.map(fields), rendered: made, sectionsRead: [...sectionsRead(file)] });
    else if (made) rendered.push({ path: resolve(path), body, rendered: made });
  }
  return { errors, rendered };
}

/** What a body-check worker is given to do (check-worker.ts). */
export interface BodyCheckJob {
  contentDir: string;
  bodies: BodyToCheck[];
  /** Each edition's faithfulness rules and sources, as the build read them. */
  faithfulness: FaithfulnessData[];
  render?: BodyCheckOptions['render'];
  /** The content index the build has read already (none when a source could not be read). */
  index?: IndexRead;
}

/** Below this many bodies one thread is quicker than starting workers (each loads the plugins afresh). */
const WORKER_THRESHOLD = 400;

/** Bodies split across `size` workers, each reporting every body as it is done. */
function checkBodiesInWorkers(
  contentDir: string,
  bodies: BodyToCheck[],
  faithfulness: FaithfulnessData[],
  size: number,
  render: BodyCheckOptions['render'],
  onBody: (done: BodyChecked) => void,
): Promise<ContentError[]> {
  const shares = Array.from({ length: size }, (_, i) => bodies.filter((_, j) => j % size === i));
  const errors: ContentError[] = [];
  // Each worker takes the index read here (every content file's frontmatter) instead of reading it again.
  let index: IndexRead | undefined;
  try {
    index = contentIndexRead(contentDir);
  } catch (e) {
    // A source that cannot be read: each body reports it, as in a render.
    if (!(e instanceof ContentError)) throw e;
  }
  const workers = takeBodyWorkers(size);
  return Promise.all(
    shares.map(
      (share, i) =>
        new Promise<void>((done, fail) => {
          const worker = workers[i]!;
          worker.postMessage({ contentDir, bodies: share, faithfulness, render, index } satisfies BodyCheckJob);
          worker.on('message', (message: BodyChecked | 'done') => {
            if (message === 'done') return done();
            errors.push(...message.errors.map((e) => new ContentError(e)));
            onBody(message);
          });
          worker.once('error', fail);
          worker.once('exit', (code) => code !== 0 && fail(new Error(`a content-check worker stopped (exit ${code})`)));
        }),
    ),
  ).then(() => errors);
}

/**
 * Before the content is read: when every body will be checked on several cores (no record of earlier passes, and
 * enough bodies), the workers start now and load the plugins meanwhile (check-workers.ts).
 */
export function prepareBodyCheck(contentDir: string, cacheDir: string): void {
  if (availableParallelism() < 2 || hasCheckRecord(cacheDir)) return;
  let bodies = 0;
  for (const c of MARKDOWN_COLLECTIONS) bodies += markdownFiles(join(contentDir, c.folder)).length;
  if (bodies >= WORKER_THRESHOLD) prestartBodyWorkers();
}

/**
 * A digest of what the faithfulness rules' outcome for a body depends on besides the body: their code and every
 * edition's rules and sources.
 */
function faithfulnessDigest(faithfulness: FaithfulnessData[]): string {
  const code = codeDigest(fileURLToPath(new URL('./faithfulness/check.ts', import.meta.url)));
  const data = JSON.stringify(faithfulness, (_, v: unknown) => (v instanceof Map ? [...v] : v));
  return createHash('sha256').update(code).update(data).digest('base64url');
}

/** The prose fields' words, for a body's key: a title edited with the body unchanged is checked again. */
const proseDigestOf = (data: unknown) => bodyDigestOf(JSON.stringify(proseFieldsOf(data, () => undefined)));

/**
 * Every Markdown collection's body and the `extra` ones (comparison rows, translations), checked, with the
 * faithfulness rules of each edition in `faithfulness`.
 */
export async function checkBodies(
  contentDir: string,
  extra: BodyToCheck[],
  faithfulness: FaithfulnessData[],
  options: BodyCheckOptions = {},
): Promise<ContentError[]> {
  const files = MARKDOWN_COLLECTIONS.flatMap((c) =>
    markdownFiles(join(contentDir, c.folder)).map((f) => join(contentDir, c.folder, f)),
  );
  // Each body with a digest of it: a file read in an earlier build has its digest kept, and its text is read
  // only if the body is checked (content-file.ts).
  const bodies: Array<{ path: string; digest: string; read: () => BodyToCheck }> = [
    ...files.flatMap((path) => {
      // The file as the linter read it (read once); one it could not read is reported there.
      const file = readContentFile(path);
      if (file.problem) return [];
      const digest = `${file.bodyLine}:${file.bodyDigest ?? bodyDigestOf(file.body)}:${proseDigestOf(file.data)}`;
      // Blank lines for the frontmatter, so the plugins' lines are the file's.
      const read = () => ({
        path,
        body: '\n'.repeat(file.bodyLine - 1) + file.body,
        prose: proseFieldsOf(file.data, file.lineOf),
      });
      return [{ path, digest, read }];
    }),
    ...extra.map((b) => ({ path: b.path, digest: bodyDigestOf(JSON.stringify([b.body, b.prose])), read: () => b })),
  ];
  // A rebuild checks only the bodies whose outcome may have changed since the last run that passed them.
  const cache = options.cacheDir ? checkedBodies(options.cacheDir) : undefined;
  const digestAt = new Map(bodies.map((b) => [resolve(b.path), b.digest]));
  const digest = cache ? `${renderInputsDigest(contentDir)}:${faithfulnessDigest(faithfulness)}` : '';
  const keyed = bodies.map((b) => {
    const english = englishFileOf(contentDir, b.path);
    const key = cache?.keyOf({
      digest,
      path: resolve(b.path),
      body: b.digest,
      english: english && digestAt.get(resolve(english)),
    });
    return { ...b, key };
  });
  const digestOf = (path: string) => digestAt.get(resolve(path));
  const unchecked = keyed.filter((b) => !b.key || !cache!.passed(b.key, digestOf));
  const checkedNow = new Set(unchecked);
  const todo: BodyToCheck[] = unchecked.map((b) => b.read());
  // Astro's render of each body checked here waits for this check's rendering of it.
  if (options.render)
    for (const b of todo) if (renderedByAstro(contentDir, b.path)) expectRendered(resolve(b.path), b.body);
  // What each body's check read of other files, kept with its pass: a pass holds while they are unchanged.
  const readBy = new Map<string, string[]>();
  const handOn = (done: BodyChecked) => {
    if (done.sectionsRead.length > 0) readBy.set(done.path, done.sectionsRead);
    keepRendered(done.path, done.errors.length === 0 && done.rendered ? done.rendered : 'failed');
  };
  const cores = availableParallelism();
  const inWorkers = todo.length >= WORKER_THRESHOLD && cores > 1;
  if (!inWorkers) dropPrestartedWorkers();
  const errors = await (
    inWorkers
      ? checkBodiesInWorkers(contentDir, todo, faithfulness, cores, options.render, handOn)
      : checkBodiesHere(contentDir, todo, faithfulness, options.render, handOn).then((r) => r.errors)
  ).catch((e) => {
    // No render may wait for a body the check will never finish; the build fails on the error.
    if (options.render) forgetRendered();
    throw e;
  });
  if (cache) {
    const failed = new Set(errors.map((e) => resolve(e.file)));
    // A mistake no body owns would be lost by remembering passes: then remember only the earlier ones.
    const owned = [...failed].every((f) => digestAt.has(f));
    const passed = keyed.filter((b) => (owned ? !failed.has(resolve(b.path)) : !checkedNow.has(b)));
    cache.save(
      passed.map((b) => {
        const read = checkedNow.has(b) ? readBy.get(resolve(b.path)) : cache.readBy(b.key!);
        return { key: b.key!, read: read?.map((path) => [path, digestOf(path) ?? ''] as [string, string]) };
      }),
    );
  }
  return errors;
}
