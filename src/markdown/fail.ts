import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, recordContentError } from '../content/content-error.ts';
import { bodyLineOffset } from './body-offset.ts';

/**
 * How a Markdown plugin stops on a content mistake: a ContentError with the file and its line as the
 * editor counts it (Astro may hand plugins the body without its frontmatter), recorded for the build.
 */
export function contentFailure(file: VFile) {
  const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
  const offset = bodyLineOffset(file);
  return (line: number | undefined, problem: string, fix: string): never => {
    throw recordContentError(
      new ContentError({ file: path, line: line === undefined ? undefined : line + offset, problem, fix }),
    );
  };
}

/** The line of an offset within a node's text, from the node's start line. */
export const lineWithin = (startLine: number | undefined, value: string, offset: number) =>
  startLine === undefined ? undefined : startLine + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
