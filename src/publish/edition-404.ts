/**
 * Astro writes only the root 404 page as `404.html`; another edition's comes out as
 * `/uk/404/index.html`. Hosts look for `/uk/404.html`, so it is moved there once pages are generated, before the
 * build's other steps take them (the incremental build keeps its own copy in its cache, so a move is safe).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, DEFAULT_LANG } from '../i18n/languages.ts';

export function edition404(): AstroIntegration {
  return {
    name: 'explainer-edition-404',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
          const built = join(out, lang, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, lang, '404.html'));
          rmdirSync(join(out, lang, '404'));
        }
      },
    },
  };
}
