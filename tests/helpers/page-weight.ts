/**
 * What a page costs a reader before any interaction: its HTML (inline scripts
 * included), the CSS it links and the JavaScript files it loads (module
 * imports followed, dynamic imports such as search left out), raw and gzip. Shared by the budget
 * tests and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
}

const bytes = (buf: Buffer) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

/** HTML, and the CSS and JS a page loads before any interaction (module imports followed). */
export function pageWeight(OUT: string, path: string): PageWeight {
  const html = readFileSync(join(OUT, path, 'index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    readFileSync(join(OUT, m[1]!)),
  );
  const js: Buffer[] = [];
  const seen = new Set<string>();
  const follow = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const buf = readFileSync(join(OUT, url));
    js.push(buf);
    // Static imports only: dynamic import() (search) loads on first use, not before.
    for (const m of buf.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
      follow(join(url, '..', m[1]!));
  };
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) follow(m[1]!);
  const sum = (list: Buffer[]) =>
    list.reduce((acc, b) => ({ raw: acc.raw + bytes(b).raw, gzip: acc.gzip + bytes(b).gzip }), { raw: 0, gzip: 0 });
  const h = bytes(html);
  const c = sum(css);
  // Inline scripts (the theme snippet, JSON-LD) are part of the HTML and counted there, once.
  const j = sum(js);
  return { html: h, css: c, js: j, total: { raw: h.raw + c.raw + j.raw, gzip: h.gzip + c.gzip + j.gzip } };
}
