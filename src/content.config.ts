/**
 * The content collections Astro reads, defined in content/collections.ts.
 *
 * A build loads them with Node itself, not through Vite's module runner. The runner took each module of the
 * graph in turn through Vite's plugins, Astro's content runtime (`astro:content`) included, before content could
 * sync; while the content check's workers held both cores that took seconds. Node already holds most of these
 * modules, loaded with the Astro configuration. The dev server loads them through Vite, which reloads them when
 * a schema or loader is edited.
 */
type Collections = typeof import('./content/collections.ts');
// A function made this way is not rewritten by Vite: its import() is Node's own.
const importWithNode = new Function('url', 'return import(url)') as (url: string) => Promise<Collections>;
const collectionsModule = new URL('./content/collections.ts', import.meta.url).href;

export const { collections } = import.meta.env.EXPLAINER_DEV_SERVER
  ? await import('./content/collections.ts')
  : await importWithNode(collectionsModule);
