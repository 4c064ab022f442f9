/**
 * The site checks, once the site is written. A rebuild starts from what the last build read of each page,
 * kept in the build cache: a worker thread loads it while Astro renders, checks the pages as soon as they are
 * written, reading only those whose files are new (read-pages-cache.ts), while the build's other steps run, and
 * finishes once they are done. A cold build, with nothing to load, checks in the build's own thread: its cores
 * are busy through page generation, and a worker's heap beside the build's would only raise its peak
 * (docs/performance-log.md).
 */
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../build/worker-thread.ts';
import { BuildStop } from './build-stop.ts';
import { ReadPagesCache } from './read-pages-cache.ts';
import { checkSite, type ChecksReport, type SiteToCheck } from './check-site.ts';

type Outcome = ChecksReport | { stop: string } | { error: string };

/** What the worker is sent: the written site, then word that every other file is written too. */
export type ToChecks = { pages: SiteToCheck } | { files: true };

export class PageChecks {
  private readonly cacheFile: string;
  private readonly started: { worker: Worker; outcome: Promise<Outcome> } | undefined;
  private site: SiteToCheck | undefined;

  /** `cacheFile`: what the last build read of its pages (read-pages-cache.ts). */
  constructor(cacheFile: string) {
    this.cacheFile = cacheFile;
    if (existsSync(cacheFile)) this.started = this.startWorker();
  }

  /** The pages are written: a rebuild's worker starts checking them. */
  pagesWritten(site: SiteToCheck): void {
    this.site = site;
    this.started?.worker.postMessage({ pages: site } satisfies ToChecks);
  }

  /**
   * Finishes the checks of `site` once every file is written (its pages too, if they were not checked yet); a broken
   * link or anchor throws the report as a BuildStop.
   */
  async check(site: SiteToCheck): Promise<ChecksReport> {
    if (!this.site) this.pagesWritten(site);
    if (!this.started) return checkSite(this.site!, new ReadPagesCache(this.cacheFile));
    const { worker, outcome: reported } = this.started;
    worker.ref();
    worker.postMessage({ files: true } satisfies ToChecks);
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
    const worker = startWorker(new URL('./check-pages-worker.ts', import.meta.url), {
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
