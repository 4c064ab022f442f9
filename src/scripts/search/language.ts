/**
 * The language search speaks on this page, from `<html lang>`: English is built in; the Ukrainian pack is
 * a chunk of its own that only Ukrainian pages load (with the search or highlight code, on first use).
 */
import { uk } from 'virtual:lazy-chunks';
import { english, type LanguagePack } from './strings.ts';

let loading: Promise<LanguagePack> | undefined;

/** The page's pack; English if the page's own cannot load (offline), and the next search tries again. */
export function loadLanguage(): Promise<LanguagePack> {
  if (!document.documentElement.lang.startsWith('uk')) return Promise.resolve(english);
  loading ??= (import(/* @vite-ignore */ uk) as Promise<typeof import('./ukrainian.ts')>).then((m) => m.ukrainian);
  return loading.catch(() => {
    loading = undefined;
    return english;
  });
}
