/**
 * The search parts' indexes in a thread of their own: each call is a message to a worker thread that holds the
 * indexes and talks to Pagefind's process (pagefind-worker.ts). A rebuild hands Pagefind records while Astro
 * lists its pages, which keeps the build's thread busy for a second or more without a turn of its event loop:
 * records written to Pagefind from that thread waited for the turn, and Pagefind sat idle. Any other build, whose
 * records come as pages render, keeps them in its own thread (PartIndexes): copying each to a worker cost time.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../build/worker-thread.ts';
import type { SearchRecord } from './search-records.ts';
import type { PagefindIndexes } from './pagefind-part.ts';

export type ToThread =
  | { op: 'add'; index: number; records: SearchRecord[] }
  | { op: 'discard'; index: number }
  | { op: 'write'; id: number; index: number; folder: string; first: boolean }
  | { op: 'close'; id: number };

export type FromThread = { id: number; folder?: string; error?: string };

export class PagefindThread implements PagefindIndexes {
  private readonly worker: Worker;
  private lastId = 0;
  private readonly waiting = new Map<number, { resolve: (reply: FromThread) => void; reject: (e: Error) => void }>();
  private failed: Error | undefined;

  /** Started with Pagefind's settings in the environment; `excludeSelectors`: what it never indexes. */
  constructor(excludeSelectors: string[]) {
    this.worker = startWorker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { excludeSelectors } });
    // Alive only while an answer is awaited: a failed build's process must end.
    this.worker.unref();
    this.worker.on('message', (reply: FromThread) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply);
    });
    const fail = (e: Error) => {
      this.failed = e;
      for (const waiter of this.waiting.values()) waiter.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search index's thread stopped (exit code ${code})`)));
  }

  newIndex(): number {
    return ++this.lastId;
  }

  add(index: number, records: SearchRecord[]): void {
    if (records.length > 0) this.worker.postMessage({ op: 'add', index, records } satisfies ToThread);
  }

  discard(index: number): void {
    this.worker.postMessage({ op: 'discard', index } satisfies ToThread);
  }

  async write(index: number, folder: string, first: boolean): Promise<string> {
    const id = ++this.lastId;
    const reply = this.ask({ op: 'write', id, index, folder, first });
    return (await reply).folder!;
  }

  /** Ends Pagefind's process, then the thread. */
  async close(): Promise<void> {
    try {
      if (!this.failed) await this.ask({ op: 'close', id: ++this.lastId });
    } finally {
      this.failed ??= new Error("the search index's thread is closed");
      this.worker.removeAllListeners('exit');
      await this.worker.terminate();
    }
  }

  private ask(message: Extract<ToThread, { id: number }>): Promise<FromThread> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(message);
    });
  }
}
