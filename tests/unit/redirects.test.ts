/** Aliases and forwarding pages for moved anchors and pages, written into a small built site. */
import { describe, expect, it } from 'vitest';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { publishRedirects } from '../../src/publish/redirects.ts';

function site(): string {
  const out = mkdtempSync(join(tmpdir(), 'explainer-redirects-'));
  writeFileSync(
    join(out, 'index.html'),
    '<html><body><main id="main"></main><script src="/a.js"></script></body></html>',
  );
  mkdirSync(join(out, 'glossary'));
  writeFileSync(
    join(out, 'glossary/index.html'),
    '<html><body><main><li id="negotiations">N</li></main></body></html>',
  );
  return out;
}

describe('publishRedirects', () => {
  it('puts an alias for a moved anchor just before its new place', () => {
    const out = site();
    const current = new Map([
      ['/', []],
      ['/glossary/', ['negotiations']],
    ]);
    const redirects = [
      { from: '/glossary/#talks', fromPage: '/glossary/', fromAnchor: 'talks', to: '/glossary/#negotiations' },
    ];
    publishRedirects(out, '/explainer/', current, redirects);
    const $ = cheerio.load(readFileSync(join(out, 'glossary/index.html'), 'utf8'));
    expect($('#talks').attr('data-moved-to')).toBe('/explainer/glossary/#negotiations');
    expect($('#talks').attr('class')).toBe('anchor-alias');
    expect($('#talks').next().attr('id')).toBe('negotiations');
  });

  it('writes the page with its alias as a new file, leaving a file it shared (the cache, the published site)', () => {
    const out = site();
    const shared = join(mkdtempSync(join(tmpdir(), 'explainer-shared-')), 'glossary.html');
    linkSync(join(out, 'glossary/index.html'), shared);
    const before = readFileSync(shared, 'utf8');
    const redirects = [
      { from: '/glossary/#talks', fromPage: '/glossary/', fromAnchor: 'talks', to: '/glossary/#negotiations' },
    ];
    publishRedirects(out, '/', new Map([['/glossary/', ['negotiations']]]), redirects);
    expect(readFileSync(join(out, 'glossary/index.html'), 'utf8')).toContain('id="talks"');
    expect(readFileSync(shared, 'utf8')).toBe(before);
  });

  it('writes a forwarding page for a moved page, with its moved anchors and the site scripts', () => {
    const out = site();
    const current = new Map([
      ['/', []],
      ['/glossary/', ['negotiations']],
    ]);
    const redirects = [
      { from: '/old/', fromPage: '/old/', to: '/glossary/' },
      { from: '/old/#x', fromPage: '/old/', fromAnchor: 'x', to: '/glossary/#negotiations' },
    ];
    publishRedirects(out, '/', current, redirects);
    const html = readFileSync(join(out, 'old/index.html'), 'utf8');
    const $ = cheerio.load(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('1; url=/glossary/');
    expect($('link[rel="canonical"]').attr('href')).toBe('/glossary/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('main a').attr('href')).toBe('/glossary/');
    expect($('#x').attr('data-moved-to')).toBe('/glossary/#negotiations');
    expect($('script[src="/a.js"]').length).toBe(1);
  });
});
