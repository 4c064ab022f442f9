/**
 * The Content Security Policy every page carries (a <meta> tag, so it holds on
 * any static host). Scripts come only from this site, plus the one inline
 * snippet that applies the stored theme before the first paint, allowed by
 * its hash; Pagefind needs to compile its wasm. Styles come only from files.
 *
 * Written here rather than by Astro's `security.csp`, which lists the hashes
 * of every inline script and style it knows of on every page: incompressible
 * bytes on every page that this site does not need.
 */
import { createHash } from 'node:crypto';

/** Runs before the first paint: the reader's stored theme, if any (see scripts/theme.ts). */
export const THEME_SNIPPET =
  "try{var t=localStorage.getItem('theme');" +
  "if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hash(THEME_SNIPPET)}`,
  "style-src 'self'",
].join('; ');
