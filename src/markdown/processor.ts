/**
 * Our Markdown pipelines, from the syntax through our remark and rehype plugins to HTML: the build's content check
 * (`contentCheckPipeline`), its check and render in one pass (`contentRenderPipeline`), and the render alone, which
 * Astro's processor runs (astro-processor.ts). Kept apart from Astro's Markdown package, which the content check's
 * workers do not load.
 */
import type { unified as astroUnified } from '@astrojs/markdown-remark';
import { unified, type PluggableList, type Processor } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { VFile } from 'vfile';
import type { RenderedBody } from './prerendered.ts';
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
import { remarkProseSentences } from './remark-prose-sentences.ts';
import { remarkParity } from './remark-parity.ts';
import { remarkHeadingCheck } from './remark-heading-check.ts';
import { remarkToHast } from './remark-to-hast.ts';
import { getContentIndex } from '../content/content-index.ts';
import { ContentError } from '../content/content-error.ts';

type UnifiedOptions = NonNullable<Parameters<typeof astroUnified>[0]>;

/** Our remark and rehype plugins, in order. */
export function plugins(options: RemarkCitationsOptions) {
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
      .use(remarkToHast)
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
