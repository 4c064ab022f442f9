/**
 * Every place a reader would link to has a readable, unique, stable anchor;
 * every internal link of the built site lands (at the root and under a
 * sub-path); a published anchor cannot silently disappear.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { idsWithoutCopyLink, readBuiltSite, publishedAnchors } from '../../src/publish/built-site.ts';
import { checkLinks } from '../../src/publish/link-check.ts';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

const ids = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();

describe.each([
  ['at the root', 'siteDir', '/'],
  ['under /explainer/', 'subSiteDir', '/explainer/'],
] as const)('the built site %s', (_name, key, base) => {
  const dir = inject(key);
  const pages = readBuiltSite(dir);

  it('has no broken internal link or fragment', () => {
    const links = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
    expect(links).toBeGreaterThan(500);
    expect(checkLinks(dir, pages, base)).toEqual([]);
  });

  it('gives every public id its copy-link: section headings, entries, sentences, paragraphs', () => {
    for (const [page, p] of pages) expect(idsWithoutCopyLink(p), page).toEqual([]);
    // The page sections that once had none.
    const linked = (page: string, id: string) => pages.get(page)!.selfLinked.has(id);
    for (const [page, id] of [
      ['compare/', 'the-sources'],
      ['compare/', 'the-marks'],
      ['talks/', 'the-tracks'],
      ['timeline/', 'on-a-line'],
      ['timeline/', 'every-event'],
      ['sources/kyiv-delegation/', 'p1'],
    ])
      expect(linked(page, id), `${page}#${id}`).toBe(true);
  });

  it('uses no id twice on a page', () => {
    for (const [page, p] of pages) expect(p.duplicateIds, page).toEqual([]);
  });

  it('builds every internal link under the base path', () => {
    for (const [page, p] of pages) {
      for (const l of p.links)
        if (l.value.startsWith('/')) expect(l.value.startsWith(base), `${page}: ${l.value}`).toBe(true);
    }
  });
});

describe('anchors a reader can point at', () => {
  const pages = readBuiltSite(inject('siteDir'));
  const anchors = (page: string) => publishedAnchors(pages.get(page)!);

  it('are the entry file names on the timeline, glossary and people pages', () => {
    // …and the timeline's two sections: the drawn line and the list.
    expect(anchors('timeline/')).toEqual([...ids('timeline'), 'every-event', 'on-a-line'].sort());
    expect(anchors('glossary/')).toEqual(ids('glossary'));
    expect(anchors('people/')).toEqual(ids('people'));
  });

  it('are readable: lower-case words, s12 for sentences and p3 for paragraphs', () => {
    for (const [page, p] of pages)
      for (const a of publishedAnchors(p)) expect(a, page).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const source = anchors('sources/bloomberg-us-role/');
    expect(source.filter((a) => /^s\d+$/.test(a))).toHaveLength(22);
    expect(source.filter((a) => /^p\d+$/.test(a))).toHaveLength(2);
  });

  // Search leaves the control out (tests/build/search-index.test.ts: no copy-link labels).
  it('each has a copy-link control with an accessible name', () => {
    const $ = cheerio.load(readFileSync(join(inject('siteDir'), 'glossary/index.html'), 'utf8'));
    $('li.entry').each((_, li) => {
      const h = $(li).find('h2');
      const link = $(li).find('a.anchor-link');
      expect(link.attr('href')).toBe(`#${h.attr('id')}`);
      expect(link.find('.visually-hidden').text()).toBe(`Link to section: ${h.text()}`);
    });
  });

  it('are all recorded in the committed manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'content/published-anchors.json'), 'utf8'));
    for (const [page, p] of pages)
      expect(manifest.pages[`/${page}`], page).toEqual(expect.arrayContaining(publishedAnchors(p)));
  });

  it('list where each term and person is mentioned, and where each sentence is cited', () => {
    for (const page of ['glossary/index.html', 'people/index.html']) {
      const $ = cheerio.load(readFileSync(join(inject('siteDir'), page), 'utf8'));
      let withBacklinks = 0;
      $('li.entry').each((_, li) => void (withBacklinks += $(li).find('.backlinks a').length > 0 ? 1 : 0));
      expect(withBacklinks, page).toBeGreaterThan($('li.entry').length / 2);
    }
    const $ = cheerio.load(readFileSync(join(inject('siteDir'), 'sources/kyiv-delegation/index.html'), 'utf8'));
    expect($('#cited-s8 .backlinks a').length).toBeGreaterThan(0);
    expect($('#cited-s8 .backlinks a').first().attr('href')).toMatch(
      /^\/(articles\/[a-z0-9-]+\/(#[a-z0-9-]+)?|timeline\/#|glossary\/#|people\/#|#)/,
    );
  });
});

describe('the published-anchor manifest (fixture site)', () => {
  it('keeps anchors when unrelated content is added, and fails when one is removed without a move', async () => {
    const dir = copyFixture('mini-site');
    const first = await buildSite({ contentDir: dir });
    expect(first.code, first.output).toBe(0);
    const before = readFileSync(join(dir, 'published-anchors.json'), 'utf8');
    expect(JSON.parse(before).pages['/glossary/']).toEqual(['talks']);

    // Unrelated additions: a new term, a new section at the top of the article.
    edit(
      dir,
      'articles/brief.md',
      '## Where are the talks?',
      '## A new first section\n\nAdded later [@report#s1].\n\n## Where are the talks?',
    );
    const added = await buildSite({ contentDir: dir });
    expect(added.code, added.output).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'published-anchors.json'), 'utf8')).pages['/articles/brief/']).toEqual([
      'a-new-first-section',
      'where-are-the-talks',
      'who-is-there',
    ]);

    // Renaming a glossary term removes the published #talks anchor.
    edit(dir, 'glossary/talks.md', 'term: talks', 'term: negotiations');
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, 'glossary/talks.md'), join(dir, 'glossary/negotiations.md'));
    edit(dir, 'articles/brief.md', '(glossary:talks)', '(glossary:negotiations)');
    const broken = await buildSite({ contentDir: dir });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('#talks on /glossary/ was published but is gone');
    expect(broken.output).toContain('published-anchors.json');

    // Recording the move makes the build pass, and the old anchor still lands.
    const manifest = JSON.parse(readFileSync(join(dir, 'published-anchors.json'), 'utf8'));
    manifest.moved['/glossary/#talks'] = '/glossary/#negotiations';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'published-anchors.json'), JSON.stringify(manifest));
    const moved = await buildSite({ contentDir: dir });
    expect(moved.code, moved.output).toBe(0);
    const $ = cheerio.load(readFileSync(join(moved.outDir, 'glossary/index.html'), 'utf8'));
    expect($('#talks').attr('data-moved-to')).toBe('/glossary/#negotiations');
    expect($('#talks').next().find('h2').attr('id') ?? $('#talks').next().attr('id')).toBe('negotiations');
  }, 240_000); // four builds of the fixture
});
