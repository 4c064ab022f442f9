/**
 * On the dev server a loader hears of every saved file at once, and Astro's glob loader handles each event as
 * it comes. Two saves in quick succession race: the second reads the fixed file, finds the entry unchanged
 * (the first has not stored its version yet) and stops; the first then stores what the file no longer says,
 * and the page shows it until the next save. Queued, each event of a collection reads and stores in turn.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Listener = (...args: unknown[]) => unknown;

export function oneChangeAtATime(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, watcher: context.watcher && queued(context.watcher) }),
  };
}

/** The watcher as the loader sees it: its listeners run one after another, in the order of the events. */
export function queued(watcher: Watcher): Watcher {
  let last: Promise<unknown> = Promise.resolve();
  const inQueue = new WeakMap<Listener, Listener>();
  const wrap = (listener: Listener): Listener => {
    let wrapped = inQueue.get(listener);
    if (!wrapped) {
      // A listener's failure is its own to report (the loaders log theirs); the next event still runs.
      wrapped = (...args) => (last = last.then(() => listener(...args)).catch(() => {}));
      inQueue.set(listener, wrapped);
    }
    return wrapped;
  };
  const proxy: Watcher = new Proxy(watcher, {
    get(target, prop) {
      if (prop === 'on' || prop === 'addListener' || prop === 'off' || prop === 'removeListener') {
        return (event: string, listener: Listener) => {
          target[prop](event as never, wrap(listener) as never);
          return proxy;
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return proxy;
}
