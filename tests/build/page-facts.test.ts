/** The site checks' reading of a page, held to htmlparser2's Parser on every page of the real site. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listHtml, parsePage } from '../../src/publish/built-site.ts';
import { parsedByParser } from '../helpers/parsed-page.ts';

const siteDir = inject('siteDir');

describe('the ids and links the site checks read', () => {
  it('are the Parser’s on every page of the site, in both editions', () => {
    const files = listHtml(siteDir);
    expect(files.some((f) => f.includes('/uk/'))).toBe(true);
    let links = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const facts = parsePage(html);
      expect(facts, file).toEqual(parsedByParser(html));
      links += facts.links.length;
    }
    expect(links).toBeGreaterThan(files.length * 10);
  });
});
