/**
 * On the dev server a loader hears of every saved file at once, and Astro's glob loader handles each event as
 * it comes. Two saves in quick succession race: the second reads the fixed file, finds the entry unchanged
 * (the first has not stored its version yet) and stops; the first then stores what the file no longer says,
 * and the page shows it until the next save. Queued, each event of a collection reads and stores in turn.
 *
 * The watcher (chokidar) also passes on at most one `change` of a path in 50 ms and drops the rest, with no
 * event for the last save: a file saved twice that quickly tells the loader of a version it no longer holds.
 * So after a listener has run, the file is looked at again once that window has passed, and the listener runs
 * again if the file changed since it started.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { stampIfFile } from '../../build/file-stamp.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Listener = (...args: unknown[]) => unknown;

/** How long after a listener has run the file is looked at again: past chokidar's 50 ms. */
export const LOOK_AGAIN_MS = 100;

export function oneChangeAtATime(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, watcher: context.watcher && queued(context.watcher) }),
  };
}

/**
 * The watcher as the loader sees it: its listeners run one after another, in the order of the events, and a
 * `change` or `add` listener runs again for a file changed since it ran.
 */
export function queued(watcher: Watcher): Watcher {
  let last: Promise<unknown> = Promise.resolve();
  const inQueue = new WeakMap<Listener, Map<string, Listener>>();
  const wrap = (event: string, listener: Listener): Listener => {
    const byEvent = inQueue.get(listener) ?? new Map<string, Listener>();
    inQueue.set(listener, byEvent);
    let wrapped = byEvent.get(event);
    if (wrapped) return wrapped;
    const run: Listener = (...args) => {
      const [path] = args;
      const looksAgain = (event === 'change' || event === 'add') && typeof path === 'string';
      let seen: string | undefined;
      const done = last.then(() => {
        if (looksAgain) seen = stampIfFile(path);
        return listener(...args);
      });
      // A listener's failure is its own to report (the loaders log theirs); the next event still runs.
      last = done.catch(() => {});
      if (looksAgain)
        void last.then(() =>
          setTimeout(() => {
            const now = stampIfFile(path);
            if (now !== undefined && now !== seen && byEvent.get(event) === run) run(...args);
          }, LOOK_AGAIN_MS).unref(),
        );
      return last;
    };
    byEvent.set(event, (wrapped = run));
    return wrapped;
  };
  const proxy: Watcher = new Proxy(watcher, {
    get(target, prop) {
      if (prop === 'on' || prop === 'addListener') {
        return (event: string, listener: Listener) => {
          target[prop](event as never, wrap(event, listener) as never);
          return proxy;
        };
      }
      if (prop === 'off' || prop === 'removeListener') {
        return (event: string, listener: Listener) => {
          const byEvent = inQueue.get(listener);
          const wrapped = byEvent?.get(event);
          byEvent?.delete(event);
          if (wrapped) target[prop](event as never, wrapped as never);
          return proxy;
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return proxy;
}
