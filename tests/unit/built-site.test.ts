import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { idsWithoutCopyLink, parsePage, publishedAnchors, readBuiltSite } from '../../src/publish/built-site.ts';
import { tempFolders } from '../helpers/fixture.ts';
import { parsedByParser } from '../helpers/parsed-page.ts';
import { memoryProbe } from '../helpers/memory-probe.ts';

const link = (id: string) => `<a class="anchor-link" href="#${id}" data-anchor-link>#</a>`;

describe('idsWithoutCopyLink', () => {
  it('names a section heading or source paragraph with no link to itself', () => {
    const page = parsePage(
      `<main><h2 id="a">A</h2>${link('a')}<h2 id="b">B</h2><h3 id="c">C</h3>` +
        `<p id="p1" class="source-paragraph">Text</p><p id="note">Not public</p></main>`,
    );
    expect(idsWithoutCopyLink(page)).toEqual(['b', 'c', 'p1']);
  });

  it('leaves headings of navigation aids and rails alone, however deeply nested', () => {
    const page = parsePage(
      '<nav><div><h2 id="toc-title">Contents</h2></div></nav><aside><section><h2 id="rail">R</h2></section></aside>' +
        `<section><h2 id="after">After</h2>${link('after')}</section>`,
    );
    expect(idsWithoutCopyLink(page)).toEqual([]);
    expect(publishedAnchors(page)).toEqual(['after']);
  });

  it('counts a heading after a closed nav as a section again', () => {
    const page = parsePage('<nav><h2 id="n">N</h2></nav><h2 id="s">S</h2>');
    expect(idsWithoutCopyLink(page)).toEqual(['s']);
  });
});

describe('parsePage', () => {
  it('reads what htmlparser2’s Parser reads, however the markup is written', () => {
    const html = [
      '<!DOCTYPE html><HTML><Head><base href="/base/"><title>T &amp; <a href="#no">x</a></title></Head>',
      '<BODY><!-- <a href="/commented"> --><A HREF="/a?x=1&amp;y=2&#x27;" ID=Up Class="c d" href="/second">A</A>',
      '<a href=/unquoted data-anchor-link id=\'single\'>u</a><a href="#%C3%A9t%C3%A9" data-anchor-link>é</a>',
      '<img src="/i.png" id="img"/><img src=\'/j.png\'><script>var s = "<a href=\'/in-script\'>";</script>',
      '<style>a[href="/in-style"]{}</style><nav><nav><h2 id="deep">D</h2></nav><h3 id="still">S</h3></nav>',
      '</aside><h2 id="after">After</h2><svg><use href="#icon"/><text id="t">T</text></svg>',
      '<p id=""></p><p id="dup"></p><p id="dup" class="x"></p><input id="q" value="&lt;"><h4 id="h &amp; h">H</h4>',
      '<textarea><a href="/in-textarea"></textarea><![CDATA[<a href="/cdata">]]></BODY></HTML>',
    ].join('\n');
    const facts = parsePage(html);
    expect(facts).toEqual(parsedByParser(html));
    expect(facts.links.map((l) => l.value)).toContain("/a?x=1&y=2'");
    expect([...facts.headingIds]).toEqual(['after', 'h & h']);
    expect(facts.duplicateIds).toEqual(['dup']);
  });
});

describe('the facts of a page', () => {
  it('keep none of the page they were read from', () => {
    // Pages of 400 KB with a long link each, read and their facts kept: the facts alone stay in the heap.
    const { grew, links } = memoryProbe<{ grew: number; links: string[] }>(
      new URL('../../src/publish/built-site.ts', import.meta.url),
      [
        `const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };`,
        `const before = heap();`,
        `const kept = [];`,
        `for (let n = 0; n < 100; n++) {`,
        `  const link = '/articles/' + 'long-name-'.repeat(4) + n + '/#section-' + n;`,
        `  const filler = '<p class="body">' + 'Words of the page, ’quoted’. '.repeat(14000) + '</p>';`,
        `  kept.push(probed.parsePage('<main id="m' + n + '"><a href="' + link + '">x</a>' + filler + '</main>'));`,
        `}`,
        `console.log(JSON.stringify({ grew: heap() - before, links: kept.map((p) => p.links[0].value) }));`,
      ],
    );
    expect(links[7]).toBe('/articles/long-name-long-name-long-name-long-name-7/#section-7');
    // A hundred pages of 400 KB each (their characters two bytes each) would be 80 MB.
    expect(grew).toBeLessThan(4 * 2 ** 20);
  });
});

describe('readBuiltSite', () => {
  const folder = tempFolders('explainer-built-site-');
  const site = () => {
    const dir = folder();
    mkdirSync(join(dir, 'articles/x'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<h1 id="home">Home</h1>');
    writeFileSync(join(dir, 'articles/x/index.html'), '<a href="/">Home</a>');
    writeFileSync(join(dir, '404.html'), '<h1 id="lost">Lost</h1>');
    return dir;
  };

  it('reads every HTML file of a site it walks, by page path', () => {
    const pages = readBuiltSite(site());
    expect([...pages.keys()]).toEqual(['404.html', 'articles/x/', '']);
    expect(pages.get('articles/x/')!.links).toEqual([{ attr: 'href', value: '/', tag: 'a' }]);
  });

  it('reads only the files it is given, with the stamps it is given, as a walk would key them', () => {
    const dir = site();
    const stamps: Array<string | undefined> = [];
    const known = {
      readFile: (_key: string, file: string, parse: typeof parsePage, stamp?: string) => {
        stamps.push(stamp);
        return parse(`<p id="${file.endsWith('404.html') ? 'lost' : 'other'}"></p>`);
      },
    };
    const pages = readBuiltSite(dir, known, [
      ['404.html', 's1'],
      ['articles/x/index.html', 's2'],
    ]);
    expect([...pages.keys()]).toEqual(['404.html', 'articles/x/']);
    expect(stamps).toEqual(['s1', 's2']);
    expect([...pages.get('404.html')!.ids.keys()]).toEqual(['lost']);
  });
});
