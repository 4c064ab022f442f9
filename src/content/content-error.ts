/**
 * A content mistake an editor can fix: where it is, what is wrong, what to do.
 * The build prints `message` as one block; no stack trace is needed to act on it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(opts: { file: string; line?: number; problem: string; fix: string }) {
    const where = opts.line ? `${opts.file}:${opts.line}` : opts.file;
    super(`Content error in ${where}\n  ${opts.problem}\n  Fix: ${opts.fix}`);
    this.name = 'ContentError';
    this.file = opts.file;
    this.line = opts.line;
    this.problem = opts.problem;
    this.fix = opts.fix;
    // A stack adds nothing for an editor; keep the message as the whole report.
    this.stack = this.message;
  }

  /** Node prints errors with their own fields too; an editor needs only the message. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/*
 * Astro renders Markdown entries while syncing content and only logs what a
 * plugin throws there. Every ContentError is therefore also recorded here, and
 * the build stops on the record (see publish/content-checks.ts).
 */
const REGISTRY = Symbol.for('explainer.contentErrors');

function registry(): Map<string, ContentError> {
  const g = globalThis as unknown as Record<symbol, Map<string, ContentError>>;
  return (g[REGISTRY] ??= new Map());
}

/** Records an error (once per file and problem) so the build can fail on it. */
export function recordContentError(error: ContentError): ContentError {
  registry().set(error.message, error);
  return error;
}

/** The errors recorded so far, and forgets them (a dev server re-renders on change). */
export function takeContentErrors(): ContentError[] {
  const errors = [...registry().values()];
  registry().clear();
  return errors;
}
