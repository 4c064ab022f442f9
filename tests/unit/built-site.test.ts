import { describe, expect, it } from 'vitest';
import { idsWithoutCopyLink, parsePage, publishedAnchors } from '../../src/publish/built-site.ts';

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
