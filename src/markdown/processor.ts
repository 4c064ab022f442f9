/**
 * The Markdown processor Astro renders our content with (`markdown.processor`): Astro's remark/rehype
 * plugins and ours, without rehype-raw (raw HTML is refused in our content) and with remark-typography
 * in place of remark-smartypants, both needless work on every page. A document with an image goes
 * through Astro's own pipeline, so local images are still optimised.
 *
 * Astro re-renders an entry only when its file changes; what we render also depends on our plugin code,
 * the packages it runs on and the rest of the content, so the processor's options carry a digest of those
 * (render-inputs.ts) and a change renders everything afresh.
 */
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { unified, type PluggableList, type Processor } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeRendered, type RenderedBody } from './prerendered.ts';
import { keepBodyApart } from './bodies-apart.ts';
import { renderInputsDigest } from './render-inputs.ts';
import { remarkContentSyntax } from './syntax.ts';
import { remarkTypography } from './remark-typography.ts';
import { remarkReadingText } from './remark-reading-text.ts';
import { remarkMentions } from './remark-mentions.ts';
import { remarkCitations, type RemarkCitationsOptions } from './remark-citations.ts';
import { remarkEntryLinks } from './remark-entry-links.ts';
import { remarkNoRawHtml } from './remark-no-raw-html.ts';
import { remarkEditorNotes } from './remark-editor-notes.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeHeadingSlugs } from './rehype-heading-slugs.ts';
import { rehypeHeadingsList } from './rehype-headings-list.ts';
import { rehypeExternalLinkRel } from './rehype-external-link-rel.ts';
import { rehypeTranslatedHeadingIds } from './rehype-translated-heading-ids.ts';
import { contentErrorsOf } from './fail.ts';
import { remarkProseSentences } from './remark-prose-sentences.ts';
import { remarkParity } from './remark-parity.ts';
import { remarkHeadingCheck } from './remark-heading-check.ts';
import { getContentIndex } from '../content/content-index.ts';
import { ContentError } from '../content/content-error.ts';

type AstroProcessor = ReturnType<typeof astroUnified>;
type UnifiedOptions = NonNullable<Parameters<typeof astroUnified>[0]>;
type Renderer = Awaited<ReturnType<AstroProcessor['createRenderer']>>;

function plugins(options: RemarkCitationsOptions) {
  const remarkPlugins: NonNullable<UnifiedOptions['remarkPlugins']> = [
    remarkContentSyntax,
    // First, while citations are still markers in the text: the words a reader reads, the names it mentions.
    remarkReadingText,
    [remarkMentions, options],
    // The language of a file comes from its path (content/uk/…): typography, links and ids follow it.
    [remarkTypography, options],
    [remarkCitations, options],
    [remarkEntryLinks, options],
    remarkNoRawHtml,
    remarkEditorNotes,
  ];
  // Heading ids from their words first (github-slugger): the ones published. A translation's are its English's.
  const rehypePlugins: NonNullable<UnifiedOptions['rehypePlugins']> = [
    rehypeHeadingSlugs,
    [rehypeTranslatedHeadingIds, options],
    [rehypeHeadingLinks, options],
    rehypeExternalLinkRel,
  ];
  return { remarkPlugins, rehypePlugins };
}

/** The content index, or none when a source cannot be read: each file then reports that, as in a render. */
function readableIndex(contentDir: string) {
  try {
    return getContentIndex(contentDir);
  } catch (e) {
    if (e instanceof ContentError) return undefined;
    throw e;
  }
}

/**
 * Every check the render makes, without making HTML, for the content check (content/check.ts): `run` a
 * parsed file. Typography changes no check's outcome, and the heading checks run on the Markdown, so
 * neither the typography pass nor the conversion to HTML is needed; the content index is read once.
 */
export function contentCheckPipeline(options: RemarkCitationsOptions) {
  const fixed = { ...options, index: options.index ?? readableIndex(options.contentDir) };
  return unified()
    .use([
      remarkContentSyntax,
      // First, on the tree as parsed: its sentences for the faithfulness rules; a translation's blocks against its
      // English file's.
      remarkProseSentences,
      [remarkParity, fixed],
      [remarkCitations, fixed],
      [remarkEntryLinks, fixed],
      remarkNoRawHtml,
      remarkEditorNotes,
      [remarkHeadingCheck, fixed],
    ] as PluggableList)
    .freeze();
}

/** A body rendered the way Astro stores it: HTML, headings and what our plugins add to the frontmatter. */
export async function renderBody(pipeline: Processor, file: VFile): Promise<RenderedBody> {
  const result = await pipeline.process(file);
  const astro = (result.data as { astro?: { headings?: unknown[]; frontmatter?: Record<string, unknown> } }).astro;
  return { code: String(result.value), headings: astro?.headings ?? [], added: astro?.frontmatter ?? {} };
}

/** Our plugins from Markdown to HTML; `checks` run first on the tree as parsed (the build's content check). */
export function renderPipeline(options: RemarkCitationsOptions, checks: PluggableList = []): Processor {
  const { remarkPlugins, rehypePlugins } = plugins(options);
  const [syntax, ...transforms] = remarkPlugins as PluggableList;
  return (
    unified()
      .use([syntax!, ...checks, ...transforms])
      .use(remarkRehype)
      .use(rehypePlugins as PluggableList)
      // The headings list that render() returns (tables of contents), as Astro's own step makes it.
      .use(rehypeHeadingsList)
      .use(rehypeStringify)
      .freeze() as unknown as Processor
  );
}

/**
 * The build's content check and render in one pass: every check of contentCheckPipeline (the heading checks
 * are the render's own, on the HTML) and the HTML Astro will store, so no body is parsed twice.
 */
export function contentRenderPipeline(options: RemarkCitationsOptions): Processor {
  const fixed = { ...options, index: options.index ?? readableIndex(options.contentDir) };
  return renderPipeline(fixed, [remarkProseSentences, [remarkParity, fixed]]);
}

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

/** A body with an image goes through Astro's own pipeline, which optimises local images. */
export const hasImage = (markdown: string): boolean => markdown.includes('![');

export function explainerMarkdown(
  options: RemarkCitationsOptions & {
    /** Articles' bodies go to files of their own, not into Astro's content store (bodies-apart.ts). */
    bodiesApart?: boolean;
  },
) {
  const { remarkPlugins, rehypePlugins } = plugins(options);
  const withImages = astroUnified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins });

  return {
    name: 'explainer',
    options: { renders: renderInputsDigest(options.contentDir) },
    async createRenderer(shared: Parameters<AstroProcessor['createRenderer']>[0]): Promise<Renderer> {
      const fallback = await withImages.createRenderer(shared);
      const pipeline = renderPipeline(options);
      return {
        async render(content, renderOptions) {
          if (hasImage(content)) return fallback.render(content, renderOptions);
          const fileURL = renderOptions?.fileURL;
          const path = fileURL ? resolve(fileURLToPath(fileURL)) : undefined;
          const frontmatter = renderOptions?.frontmatter ?? {};
          // The build's content check renders this body (and stops the build on its mistakes, all at once).
          let rendered = await takeRendered(path, content);
          if (rendered === 'failed') rendered = { code: '', headings: [], added: {} };
          if (!rendered) {
            const file = new VFile({ value: onItsOwnLines(path, content), path, data: { astro: { frontmatter } } });
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
              frontmatter: { ...frontmatter, ...rendered.added },
            },
          };
        },
      };
    },
  };
}
