/**
 * The Markdown processor Astro renders our content with (`markdown.processor`): Astro's remark/rehype
 * plugins and ours, without rehype-raw (raw HTML is refused in our content) and with remark-typography
 * in place of remark-smartypants, both needless work on every page. Content has no images (remark-no-raw-html.ts
 * refuses them), so nothing goes through Astro's image pipeline. A body the build's content check rendered
 * already is taken as it rendered it (prerendered.ts).
 *
 * Astro re-renders an entry only when its file changes; what we render also depends on our plugin code,
 * the packages it runs on and the rest of the content, so the processor's options carry a digest of those
 * (render-inputs.ts) and a change renders everything afresh.
 */
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeRendered } from './prerendered.ts';
import { keepBodyApart } from './bodies-apart.ts';
import { renderInputsDigest } from './render-inputs.ts';
import { contentErrorsOf } from './fail.ts';
import { renderBody, renderPipeline } from './processor.ts';
import type { RemarkCitationsOptions } from './remark-citations.ts';

type AstroProcessor = ReturnType<typeof astroUnified>;
type Renderer = Awaited<ReturnType<AstroProcessor['createRenderer']>>;

/**
 * Astro hands over a body without its frontmatter and trimmed: a blank line for each line before it in the
 * file puts it back on its own lines, so a mistake the render finds names the line an editor sees.
 */
export function onItsOwnLines(path: string | undefined, content: string): string {
  let raw: string;
  try {
    if (!path) return content;
    raw = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return content;
  }
  const body = content.replace(/\r\n/g, '\n').replace(/^\n+/, '');
  const frontmatter = /^---\n[\s\S]*?\n---[ \t]*\n/.exec(raw)?.[0].length ?? 0;
  const at = raw.indexOf(body.slice(0, 200), frontmatter);
  if (at < 0) return content;
  return '\n'.repeat(raw.slice(0, at).split('\n').length - 1) + body;
}

export function explainerMarkdown(
  options: RemarkCitationsOptions & {
    /** Articles' bodies go to files of their own, not into Astro's content store (bodies-apart.ts). */
    bodiesApart?: boolean;
  },
) {
  return {
    name: 'explainer',
    options: { renders: renderInputsDigest(options.contentDir) },
    // Astro's shared options serve its own pipeline, which no body goes through.
    async createRenderer(_shared?: Parameters<AstroProcessor['createRenderer']>[0]): Promise<Renderer> {
      const pipeline = renderPipeline(options);
      return {
        async render(content, renderOptions) {
          const fileURL = renderOptions?.fileURL;
          const path = fileURL ? resolve(fileURLToPath(fileURL)) : undefined;
          // The build's content check renders this body (and stops the build on its mistakes, all at once).
          let rendered = await takeRendered(path, content);
          if (rendered === 'failed') rendered = { code: '', headings: [], added: {} };
          if (!rendered) {
            const file = new VFile({ value: onItsOwnLines(path, content), path, data: { astro: { frontmatter: {} } } });
            rendered = await renderBody(pipeline, file);
            // Every mistake is recorded for the build's report; Astro is told of the first.
            const [mistake] = contentErrorsOf(file);
            if (mistake) throw mistake;
          }
          if (options.bodiesApart) rendered = keepBodyApart(options.contentDir, path, rendered);
          return {
            code: rendered.code,
            metadata: {
              headings: rendered.headings as never[],
              localImagePaths: [],
              remoteImagePaths: [],
              // What our plugins record, without the entry's own frontmatter: the entry has that as its data, and a
              // second copy in each entry made Astro's store bigger to write and read in every build.
              frontmatter: rendered.added,
            },
          };
        },
      };
    },
  };
}
