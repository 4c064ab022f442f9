/**
 * Hands every page of a build, as Astro renders it, to the steps that read built pages (the search
 * index), so they can work on the other core while Astro renders the rest instead of reading every page
 * back once all are written.
 *
 * Listeners get every generated page once, in the order Astro lists them: a page waits for those before
 * it. So what they make of the pages does not depend on which page rendered first, nor on which pages
 * Astro took from its incremental cache without rendering: those are handed over once all pages are
 * generated (`astro:build:generated`, before any later step rewrites a page), each in its place, with the
 * stamp of their file (file-stamp.ts) and read only if a listener asks for their HTML. Those pages are
 * hard-linked into the site from Astro's cache before Astro looks for them (linked-pages.ts).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampIfFile } from '../build/file-stamp.ts';
import { withTrailingSlash } from '../urls.ts';
import { LinkedPages } from './linked-pages.ts';
import { RenderFirst } from './render-first.ts';

/** A generated page. */
export interface GeneratedPage {
  /** Its site-relative path, as `pageKey` (built-site.ts) names it. */
  key: string;
  /** Its HTML: as Astro rendered it, or read from the built site when first asked. */
  html(): string;
  /** For a page on disk rather than taken as rendered (one Astro restored from its cache): its file's stamp. */
  stamp?: string;
}

export type PageListener = (page: GeneratedPage) => void;

/** A page's file, relative to the site (`articles/x/index.html`), and its stamp. */
export type PageFile = [file: string, stamp: string];

/** Page files in the order of their paths, as a walk of the site lists them (built-site.ts). */
export const inPathOrder = (files: PageFile[]): PageFile[] => files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** What a step that reads built pages is told: how many pages Astro will generate, then each page. */
export interface PagesListener {
  /** Once per build, as Astro begins to generate pages (its bundles are built), before it lists them. */
  starting?(): void;
  /** Once per build, before any page: the number of pages Astro lists. */
  expect?(pages: number): void;
  /** A page as Astro renders it, before its turn in the order. */
  rendered?(key: string, html: string): void;
  page?: PageListener;
  /** Once all pages are generated, each page Astro rendered (handed over without a stamp), with its file's stamp. */
  written?(key: string, stamp: string): void;
  /** Then the file of every page, in the order of their paths: what the site checks read, without a walk. */
  files?(files: PageFile[]): void;
}

const listeners = new Set<PagesListener>();

/** Told of the pages of the builds from now on, until the returned function is called. */
export function onGeneratedPages(listener: PagesListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function renderedPages(): AstroIntegration {
  let base = '/';
  let building = false;
  let linked: LinkedPages | undefined;
  let cacheDir = '';
  let pages: PagesInOrder | undefined;
  let stopLinkingCopies = () => {};
  return {
    name: 'explainer-rendered-pages',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
        if (!building) return;
        // Linked while content syncs and Vite bundles, from Astro's copy of each page it built.
        linked = new LinkedPages(
          join(cacheDir, 'dist'),
          fileURLToPath(config.outDir),
          join(cacheDir, 'incremental-build.json'),
        );
        linked.start();
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const all: PagesListener = {
          starting: () => listeners.forEach((listener) => listener.starting?.()),
          expect: (count) => listeners.forEach((listener) => listener.expect?.(count)),
          rendered: (key, html) => listeners.forEach((listener) => listener.rendered?.(key, html)),
          page: (page) => listeners.forEach((listener) => listener.page?.(page)),
          written: (key, stamp) => listeners.forEach((listener) => listener.written?.(key, stamp)),
          files: (files) => listeners.forEach((listener) => listener.files?.(files)),
        };
        pages = new PagesInOrder(base, all, linked, linked && new RenderFirst(join(cacheDir, 'listed-keys.json')));
        setPrerenderer((prerenderer) => pages!.teeing(prerenderer));
        if (linked) stopLinkingCopies = linked.linkCopiesMeanwhile();
      },
      'astro:build:generated': async ({ dir }) => {
        stopLinkingCopies();
        await pages?.finish(fileURLToPath(dir));
        pages = undefined;
      },
      // The cache's copies of the pages rendered, made the site's files meanwhile (LinkedPages.keep).
      'astro:build:done': () => linked?.kept(),
    },
  };
}

/** Pages in the order Astro lists them, from its renderer as they come and from disk for the rest. */
export class PagesInOrder {
  private order: string[] = [];
  private next = 0;
  private readonly waiting = new Map<string, string | null>();
  /** The pages Astro rendered, by path. */
  private readonly rendered = new Set<string>();

  private readonly base: string;
  private readonly listener: PagesListener;
  private readonly linked: LinkedPages | undefined;
  private readonly renderFirst: RenderFirst | undefined;

  constructor(
    base: string,
    listener: PagesListener,
    linked: LinkedPages | undefined = undefined,
    renderFirst: RenderFirst | undefined = undefined,
  ) {
    this.base = base;
    this.listener = listener;
    this.linked = linked;
    this.renderFirst = renderFirst;
  }

  /** Astro's own prerenderer, also handing over the list of paths and each HTML page it renders. */
  teeing(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      name: prerenderer.name,
      setup: prerenderer.setup && (() => prerenderer.setup!()),
      collectStaticImages: prerenderer.collectStaticImages && (() => prerenderer.collectStaticImages!()),
      teardown: prerenderer.teardown && (() => prerenderer.teardown!()),
      getStaticPaths: async () => {
        this.listener.starting?.();
        const paths = await prerenderer.getStaticPaths();
        // Every unchanged page in place before Astro looks for it; the linking ran on while paths were listed.
        await this.linked?.ready();
        this.expect(paths.map((p) => p.pathname));
        return this.renderFirst ? this.renderFirst.order(paths) : paths;
      },
      render: async (request, options) => {
        const path = new URL(request.url).pathname;
        this.linked?.beforeRender(this.pathOf(path));
        const result = await prerenderer.render(request, options);
        const response = result instanceof Response ? result : result.response;
        // A redirect (which Astro always renders: it has no cache key) writes no page of its own.
        if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) {
          this.renderedPage(path, null);
          return result;
        }
        // Read as bytes and handed back as the same bytes: Astro writes bytes, and encoding the text again for it
        // cost as much as the rest of this.
        const bytes = new Uint8Array(await response.arrayBuffer());
        this.renderedPage(path, utf8.decode(bytes));
        const copy = new Response(bytes, { status: response.status, headers: response.headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      },
    };
  }

  /** The pages Astro will generate, by pathname, in its order. */
  expect(pathnames: string[]): void {
    this.order = [...new Set(pathnames.map((p) => this.pathOf(p)))];
    this.listener.expect?.(this.order.length);
  }

  /** A page Astro rendered (null: no page): handed over once every page listed before it has been. */
  renderedPage(pathname: string, html: string | null): void {
    const rendered = this.pathOf(pathname);
    this.waiting.set(rendered, html);
    if (html !== null) {
      this.rendered.add(rendered);
      this.listener.rendered?.(keyOf(rendered), html);
    }
    while (this.next < this.order.length && this.waiting.has(this.order[this.next]!)) {
      const path = this.order[this.next++]!;
      const page = this.waiting.get(path)!;
      this.waiting.delete(path);
      if (page !== null) this.listener.page?.({ key: keyOf(path), html: () => page });
    }
  }

  /**
   * Every page not handed over yet, in order, from the built site. Handed over in slices with a turn of the
   * event loop between them, so what listeners pass on (to the Pagefind process) flows as they go; a read at a
   * time, awaited, left the thread idle on the disk's round trips. The site holds no other page by now: the
   * cache's copies Astro did not list are pruned, and later steps write theirs after this (redirects.ts).
   */
  async finish(site: string): Promise<void> {
    this.linked?.prune(new Set(this.order));
    let sinceYield = 0;
    const breathe = async () => {
      if (++sinceYield % PAGES_PER_SLICE === 0) await new Promise((done) => setImmediate(done));
    };
    const files: PageFile[] = [];
    for (const path of this.order.slice(this.next)) {
      if (this.waiting.has(path)) {
        const html = this.waiting.get(path);
        if (html) this.listener.page?.({ key: keyOf(path), html: () => html });
      } else {
        const found = pageFile(site, path);
        if (found) {
          files.push([relative(site, found.file), found.stamp]);
          this.listener.page?.(onDisk(keyOf(path), found));
        }
      }
      await breathe();
    }
    // The files of the pages rendered, now written: their stamps, and the cache's copies made the same files.
    const written = [...this.rendered].flatMap((path) => {
      const found = pageFile(site, path);
      return found ? [{ path, file: relative(site, found.file), stamp: found.stamp }] : [];
    });
    for (const { path, file, stamp } of written) {
      files.push([file, stamp]);
      this.listener.written?.(keyOf(path), stamp);
    }
    this.listener.files?.(inPathOrder(files));
    this.linked?.keep(written.map(({ file }) => file));
    this.renderFirst?.save();
    this.next = this.order.length;
    this.waiting.clear();
    this.rendered.clear();
  }

  /** `/base/articles/x/` or `/articles/x` → `articles/x`. */
  private pathOf(pathname: string): string {
    const path = decodeURI(pathname);
    return (path.startsWith(this.base) ? path.slice(this.base.length) : path).replace(/^\/+|\/+$/g, '');
  }
}

const PAGES_PER_SLICE = 64;

const utf8 = new TextDecoder();

/** The file of a page of the built site (`articles/x/index.html` or `articles/x.html`) and its stamp, if any. */
function pageFile(site: string, path: string): { file: string; stamp: string } | undefined {
  for (const file of [join(site, path, 'index.html'), join(site, `${path}.html`)]) {
    const stamp = stampIfFile(file);
    if (stamp !== undefined) return { file, stamp };
  }
  return undefined;
}

/** A page on disk, read once if asked. */
function onDisk(key: string, { file, stamp }: { file: string; stamp: string }): GeneratedPage {
  let html: string | undefined;
  return { key, stamp, html: () => (html ??= readFileSync(file, 'utf8')) };
}

/** `articles/x` → `articles/x/`, as `pageKey` names a page written as `articles/x/index.html`. */
const keyOf = (path: string) => (path === '' ? '' : `${path}/`);
