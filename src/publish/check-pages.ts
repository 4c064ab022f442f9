/**
 * The site checks' reading of the built pages. A rebuild restores most pages from Astro's cache rather than
 * rendering them, and rendered-pages.ts reads each one back for the search index: each is handed here as it is
 * read, to a worker thread that reads it for the checks meanwhile, so no page is read from disk twice. The
 * worker then checks the site. A cold build hands over no page and checks the site in the build's own thread:
 * its cores are busy through page generation, and a worker's heap beside the build's would only raise its peak
 * (README, Performance).
 */
import { Worker } from 'node:worker_threads';
import { BuildStop } from './build-stop.ts';
import { ReadPagesCache } from './read-pages-cache.ts';
import { checkSite, type ChecksReport, type SiteToCheck } from './check-site.ts';

export type ChecksRequest = { key: string; html: string } | { site: SiteToCheck };
type Outcome = ChecksReport | { stop: string } | { error: string };

export class PageChecks {
  private readonly cacheFile: string;
  private started: { worker: Worker; outcome: Promise<Outcome> } | undefined;

  /** `cacheFile`: what the last build read of its pages (read-pages-cache.ts). */
  constructor(cacheFile: string) {
    this.cacheFile = cacheFile;
  }

  /** A page read back from the built site, by its site-relative path (`pageKey` in built-site.ts) and HTML. */
  page(key: string, html: string): void {
    this.started ??= this.startWorker();
    this.started.worker.postMessage({ key, html } satisfies ChecksRequest);
  }

  /** Checks the written site; a broken link or anchor throws the report as a BuildStop. */
  async check(site: SiteToCheck): Promise<ChecksReport> {
    if (!this.started) return checkSite(site, new ReadPagesCache(this.cacheFile));
    const { worker, outcome: reported } = this.started;
    worker.ref();
    worker.postMessage({ site } satisfies ChecksRequest);
    try {
      const outcome = await reported;
      if ('stop' in outcome) throw new BuildStop(outcome.stop);
      if ('error' in outcome) throw new Error(`the site checks failed: ${outcome.error}`);
      return outcome;
    } finally {
      void worker.terminate();
    }
  }

  private startWorker(): { worker: Worker; outcome: Promise<Outcome> } {
    const worker = new Worker(new URL('./check-pages-worker.ts', import.meta.url), {
      workerData: { cacheFile: this.cacheFile },
    });
    // Until the site is checked it must not keep a failed build's process alive.
    worker.unref();
    const outcome = new Promise<Outcome>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the site checks' worker stopped (exit code ${code}) before it reported`)),
      );
    });
    // Failures surface in check(); never as an unhandled rejection before it.
    outcome.catch(() => {});
    return { worker, outcome };
  }
}
