// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import { fileURLToPath } from 'node:url';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import sitemap from '@astrojs/sitemap';
import { contentDir } from './src/lib/content-dir.ts';

// Tests build under a sub-path and into temporary folders through these variables.
const base = process.env.EXPLAINER_BASE ?? '/';
const contentPath = fileURLToPath(new URL(`${contentDir}/`, import.meta.url));

export default defineConfig({
  site: process.env.EXPLAINER_SITE ?? 'https://london-talks.example.org',
  base,
  trailingSlash: 'always',
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture sites without sharing a content store.
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  // Two pages at a time: this machine has two cores, and share cards render off the main thread.
  build: { format: 'directory', concurrency: 2 },
  security: {
    // A Content Security Policy on every page: scripts only from this site or
    // hashed by Astro, never inline by chance; Pagefind needs to compile its wasm.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // No code in an explainer, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [[remarkCitations, { contentDir: contentPath, base }]],
      // rehype-slug runs first so its ids (github-slugger) are the ones published.
      rehypePlugins: [rehypeSlug, rehypeHeadingLinks, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
  // Checks run first: a broken link or anchor stops the build before indexing.
  integrations: [
    // The search page has no content of its own, so it is not listed.
    sitemap({ filter: (page) => !/\/search\/$/.test(page) }),
    siteChecks({ contentDir: contentPath }),
    pagefindIndex(),
  ],
  vite: {
    build: {
      rollupOptions: {
        // Astro marks deferred Markdown modules with a directive the bundler warns
        // about once per file; the warning is Astro's own and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
