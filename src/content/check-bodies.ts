/**
 * Every Markdown body through the site's own plugins, each mistake reported with its line. A build also
 * renders the bodies it checks and hands each to Astro's render as soon as it is done (the check and the
 * render are one pass: markdown/prerendered.ts), skips the bodies that passed before and have not changed
 * (check-cache.ts), and on a large site splits the work across one worker per core.
 */
import { availableParallelism } from 'node:os';
import { startWorker } from '../build/worker-thread.ts';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { ContentError } from './content-error.ts';
import { markdownFiles } from './files.ts';
import { contentIndexRead, type IndexRead } from './content-index.ts';
import { readContentFile } from './content-file.ts';
import { bodyDigestOf } from './kept-content-files.ts';
import { MARKDOWN_COLLECTIONS } from './schemas/markdown-collections.ts';
import { checkedBodies } from './check-cache.ts';
import { englishFileOf, placeOf } from './translation-files.ts';
import { contentCheckPipeline, contentRenderPipeline, hasImage, renderBody } from '../markdown/processor.ts';
import { contentErrorsOf } from '../markdown/fail.ts';
import { renderInputsDigest } from '../markdown/render-inputs.ts';
import { expectRendered, forgetRendered, keepRendered, type RenderedBody } from '../markdown/prerendered.ts';

export interface BodyToCheck {
  path: string;
  body: string;
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

/** Astro renders the Markdown collections' bodies; comparison rows and images take their own paths. */
const renderedByAstro = (contentDir: string, { path, body }: BodyToCheck) =>
  placeOf(contentDir, path)?.folder !== 'comparison' && !hasImage(body);

/** One body's outcome: its mistakes, and its rendering when it was rendered. */
export interface BodyChecked {
  path: string;
  body: string;
  errors: ErrorFields[];
  rendered?: RenderedBody;
}

const fields = (e: ContentError): ErrorFields => ({ file: e.file, line: e.line, problem: e.problem, fix: e.fix });

/** Bodies checked (and, with `render`, rendered) in this thread; `onBody` hears of each as it is done. */
export async function checkBodiesHere(
  contentDir: string,
  bodies: BodyToCheck[],
  render?: BodyCheckOptions['render'],
  onBody?: (done: BodyChecked) => void,
): Promise<BodiesChecked> {
  const errors: ContentError[] = [];
  const rendered: BodiesChecked['rendered'] = [];
  const check = contentCheckPipeline({ contentDir, base: '/' });
  const renderer = render && contentRenderPipeline({ contentDir, base: render.base });
  for (const { path, body } of bodies) {
    const file = new VFile({ value: body, path, data: { bodyLineOffset: 0, astro: { frontmatter: {} } } });
    const found: ContentError[] = [];
    let made: RenderedBody | undefined;
    try {
      if (renderer && renderedByAstro(contentDir, { path, body })) made = await renderBody(renderer, file);
      else await check.run(check.parse(file), file);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      found.push(e);
    }
    found.push(...contentErrorsOf(file).filter((e) => !found.includes(e)));
    errors.push(...found);
    // Handed on as it is done when someone listens (kept here otherwise: a worker would hold them all).
    if (onBody) onBody({ path: resolve(path), body, errors: found.map(fields), rendered: made });
    else if (made) rendered.push({ path: resolve(path), body, rendered: made });
  }
  return { errors, rendered };
}

/** Below this many bodies one thread is quicker than starting workers (each loads the plugins afresh). */
const WORKER_THRESHOLD = 400;

/**
 * The young generation of each worker's heap, in MiB. Rendering a body makes much short-lived garbage: with V8's
 * default a worker collected it far more often, and a cold build took about 6 % more CPU (docs/performance-log.md).
 */
const RENDER_YOUNG_GENERATION_MB = 128;

/** Bodies split across `size` workers, each reporting every body as it is done. */
function checkBodiesInWorkers(
  contentDir: string,
  bodies: BodyToCheck[],
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
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((done, fail) => {
          const worker = startWorker(new URL('./check-worker.ts', import.meta.url), {
            workerData: { contentDir, bodies: share, render, index },
            resourceLimits: { maxYoungGenerationSizeMb: RENDER_YOUNG_GENERATION_MB },
          });
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

/** Every Markdown collection's body and the `extra` ones (comparison rows, translations), checked. */
export async function checkBodies(
  contentDir: string,
  extra: BodyToCheck[],
  options: BodyCheckOptions = {},
): Promise<ContentError[]> {
  const files = MARKDOWN_COLLECTIONS.flatMap((c) =>
    markdownFiles(join(contentDir, c.folder)).map((f) => join(contentDir, c.folder, f)),
  );
  // Each body with a digest of it: a file read in an earlier build has its digest kept, and its text is read
  // only if the body is checked (content-file.ts).
  const bodies: Array<{ path: string; digest: string; body: () => string }> = [
    ...files.flatMap((path) => {
      // The file as the linter read it (read once); one it could not read is reported there.
      const file = readContentFile(path);
      if (file.problem) return [];
      // Blank lines for the frontmatter, so the plugins' lines are the file's.
      const body = () => '\n'.repeat(file.bodyLine - 1) + file.body;
      return [{ path, digest: `${file.bodyLine}:${file.bodyDigest ?? bodyDigestOf(file.body)}`, body }];
    }),
    ...extra.map(({ path, body }) => ({ path, digest: bodyDigestOf(body), body: () => body })),
  ];
  // A rebuild checks only the bodies whose outcome may have changed since the last run that passed them.
  const cache = options.cacheDir ? checkedBodies(options.cacheDir) : undefined;
  const digestAt = new Map(bodies.map((b) => [resolve(b.path), b.digest]));
  const digest = cache ? renderInputsDigest(contentDir) : '';
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
  const unchecked = keyed.filter((b) => !b.key || !cache!.passed(b.key));
  const checkedNow = new Set(unchecked);
  const todo: BodyToCheck[] = unchecked.map((b) => ({ path: b.path, body: b.body() }));
  // Astro's render of each body checked here waits for this check's rendering of it.
  if (options.render) for (const b of todo) if (renderedByAstro(contentDir, b)) expectRendered(resolve(b.path), b.body);
  const handOn = (done: BodyChecked) =>
    keepRendered(done.path, done.errors.length === 0 && done.rendered ? done.rendered : 'failed');
  const cores = availableParallelism();
  const errors = await (
    todo.length >= WORKER_THRESHOLD && cores > 1
      ? checkBodiesInWorkers(contentDir, todo, cores, options.render, handOn)
      : checkBodiesHere(contentDir, todo, options.render, handOn).then((r) => r.errors)
  ).catch((e) => {
    // No render may wait for a body the check will never finish; the build fails on the error.
    if (options.render) forgetRendered();
    throw e;
  });
  if (cache) {
    const failed = new Set(errors.map((e) => resolve(e.file)));
    // A mistake no body owns would be lost by remembering passes: then remember only the earlier ones.
    const owned = [...failed].every((f) => digestAt.has(f));
    cache.save(keyed.filter((b) => (owned ? !failed.has(resolve(b.path)) : !checkedNow.has(b))).map((b) => b.key!));
  }
  return errors;
}
