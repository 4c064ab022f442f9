import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, recordContentError } from '../content/content-error.ts';
import { bodyLineOffset } from './body-offset.ts';

/**
 * How a Markdown plugin reports a content mistake: a ContentError with the file and its line as the
 * editor counts it (Astro may hand plugins the body without its frontmatter), recorded for the build and
 * on the file. The plugin then carries on past the mistake, so one run finds every mistake in the file.
 */
export function contentFailure(file: VFile) {
  const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
  const offset = bodyLineOffset(file);
  return (line: number | undefined, problem: string, fix: string): void => {
    const error = recordContentError(
      new ContentError({ file: path, line: line === undefined ? undefined : line + offset, problem, fix }),
    );
    ((file.data.contentErrors ??= []) as ContentError[]).push(error);
  };
}

/** The mistakes the plugins found in a file, in the order they were found. */
export const contentErrorsOf = (file: VFile): ContentError[] =>
  (file.data.contentErrors as ContentError[] | undefined) ?? [];

/** The line of an offset within a node's text, from the node's start line. */
export const lineWithin = (startLine: number | undefined, value: string, offset: number) =>
  startLine === undefined ? undefined : startLine + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
