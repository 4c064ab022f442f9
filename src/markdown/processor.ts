/**
 * The Markdown processor Astro renders our content with (`markdown.processor`): Astro's remark/rehype
 * plugins and ours, without rehype-raw (raw HTML is refused in our content) and with remark-typography
 * in place of remark-smartypants, both needless work on every page. A document with an image goes
 * through Astro's own pipeline, so local images are still optimised.
 *
 * Astro re-renders an entry only when its file changes; what we render also depends on our plugin code,
 * the packages it runs on and the rest of the content (which sentences and entries exist, source titles),
 * so the processor's options carry a digest of those and a change renders everything afresh.
 */
import { unified as astroUnified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import { VFile } from 'vfile';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getContentIndex } from '../content/content-index.ts';
import { remarkContentSyntax } from './syntax.ts';
import { remarkTypography } from './remark-typography.ts';
import { remarkCitations, type RemarkCitationsOptions } from './remark-citations.ts';
import { remarkEntryLinks } from './remark-entry-links.ts';
import { remarkNoRawHtml } from './remark-no-raw-html.ts';
import { remarkEditorNotes } from './remark-editor-notes.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';

type AstroProcessor = ReturnType<typeof astroUnified>;
type UnifiedOptions = NonNullable<Parameters<typeof astroUnified>[0]>;
type Renderer = Awaited<ReturnType<AstroProcessor['createRenderer']>>;

/** A digest of everything a rendered entry depends on besides its own file. */
export function renderInputsDigest(contentDir: string): string {
  const hash = createHash('sha256');
  for (const folder of ['./', '../content/']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort())
      hash.update(file).update(readFileSync(dir + file));
  }
  let index;
  try {
    index = getContentIndex(contentDir);
  } catch {
    // Unreadable content is reported by the content checks, with its line; render everything afresh.
    return `unreadable-${Date.now()}`;
  }
  // Which sentences exist (citations are checked against them) and each source's title (footnotes).
  for (const [id, source] of index.sources) hash.update(`source ${id} ${source.title} ${source.sentences.size}\n`);
  // Which entries exist (links are checked against them); their texts load by reference.
  for (const [kind, entries] of Object.entries(index.entries))
    hash.update(`${kind} ${[...entries.keys()].join(' ')}\n`);
  // The packages the plugins run on (an upgrade can change ids or markup).
  const lock = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

export function explainerMarkdown(options: RemarkCitationsOptions) {
  const remarkPlugins: NonNullable<UnifiedOptions['remarkPlugins']> = [
    remarkContentSyntax,
    remarkTypography,
    [remarkCitations, options],
    [remarkEntryLinks, options],
    remarkNoRawHtml,
    remarkEditorNotes,
  ];
  // rehype-slug runs first so its ids (github-slugger) are the ones published.
  const rehypePlugins: NonNullable<UnifiedOptions['rehypePlugins']> = [
    rehypeSlug,
    rehypeHeadingLinks,
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  ];
  const withImages = astroUnified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins });

  return {
    name: 'explainer',
    options: { renders: renderInputsDigest(options.contentDir) },
    async createRenderer(shared: Parameters<AstroProcessor['createRenderer']>[0]): Promise<Renderer> {
      const fallback = await withImages.createRenderer(shared);
      const pipeline = unified()
        .use(remarkParse)
        .use(remarkPlugins as PluggableList)
        .use(remarkRehype)
        .use(rehypePlugins as PluggableList)
        // Astro's own step: the headings list that render() returns (tables of contents).
        .use(rehypeHeadingIds)
        .use(rehypeStringify)
        .freeze();
      return {
        async render(content, renderOptions) {
          if (content.includes('![')) return fallback.render(content, renderOptions);
          const file = new VFile({
            value: content,
            path: renderOptions?.fileURL,
            data: { astro: { frontmatter: renderOptions?.frontmatter ?? {} } },
          });
          const result = await pipeline.process(file);
          const astro = (result.data as { astro?: { headings?: never[]; frontmatter?: Record<string, unknown> } })
            .astro;
          return {
            code: String(result.value),
            metadata: {
              headings: astro?.headings ?? [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter: astro?.frontmatter ?? {},
            },
          };
        },
      };
    },
  };
}
