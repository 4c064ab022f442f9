import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePage, publishedAnchors } from '../../src/publish/built-site.ts';
import { checkLinks } from '../../src/publish/link-check.ts';

describe('parsePage', () => {
  it('finds ids, links, duplicates and the anchors a page publishes', () => {
    const p = parsePage(
      '<h2 id="a">A</h2><a href="#a" data-anchor-link>#</a><p id="p1" class="source-paragraph"></p>' +
        '<span id="tip"></span><i id="a"></i><img src="/x.png">',
    );
    expect([...p.ids.keys()]).toEqual(['a', 'p1', 'tip']);
    expect(p.duplicateIds).toEqual(['a']);
    expect(p.links.map((l) => l.value)).toEqual(['#a', '/x.png']);
    expect(publishedAnchors(p)).toEqual(['a', 'p1']);
  });
});

describe('checkLinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img/logo.svg'), '<svg/>');
  const pages = (base: string) =>
    new Map([
      [
        '',
        parsePage(
          `<a href="${base}glossary/#term">ok</a><a href="https://example.org/x">external</a>` +
            `<img src="${base}img/logo.svg"><a href="#top">top</a><h1 id="top"></h1>`,
        ),
      ],
      [
        'glossary/',
        parsePage(
          `<h2 id="term"></h2><a href="../">home</a><a href="${base}glossary/#gone">bad</a>` +
            `<a href="${base}nowhere/">bad</a><a href="/elsewhere/">bad</a>`,
        ),
      ],
    ]);

  it('reports each broken page, fragment and off-base link, and nothing else', () => {
    const broken = checkLinks(dir, pages('/explainer/'), '/explainer/');
    expect(broken.map((b) => `${b.page} ${b.href}`)).toEqual([
      'glossary/ /explainer/glossary/#gone',
      'glossary/ /elsewhere/',
      'glossary/ /explainer/nowhere/',
    ]);
    expect(broken[0]!.problem).toContain('#gone');
    expect(broken[1]!.problem).toContain('outside');
    expect(broken[2]!.problem).toContain('does not exist');
  });

  it('accepts a clean site at the root', () => {
    const clean = new Map([...pages('/')].slice(0, 1));
    clean.set('glossary/', parsePage('<h2 id="term"></h2>'));
    expect(checkLinks(dir, clean, '/')).toEqual([]);
  });

  it('reports a link on every page that has it, each relative link from its own page', () => {
    const site = new Map([
      ['', parsePage('<a href="/gone/#x">1</a><a href="glossary/#term">ok</a><a href="http://[bad">bad</a>')],
      ['glossary/', parsePage('<h2 id="term"></h2><a href="/gone/#x">2</a><a href="glossary/#term">bad here</a>')],
    ]);
    const broken = checkLinks(dir, site, '/');
    // A page's links to other pages first, then those to files (looked for last).
    expect(broken.map((b) => `${b.page} ${b.href}`)).toEqual([
      ' http://[bad',
      ' /gone/#x',
      'glossary/ /gone/#x',
      'glossary/ glossary/#term',
    ]);
    expect(broken[0]!.problem).toBe('is not a valid URL');
  });
});
