/**
 * The drawn timeline and the map of the talks, in the built site: the line
 * lists every event in order, each linking to its entry and its sources, and
 * never draws an uncertain date as a plain one; the map is SVG made at build
 * time whose every node links to an anchor that exists, with the same
 * information and links in a list beside it; none of it adds JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ROOT } from '../helpers/build-site.ts';
import { pageProblems } from '../helpers/faithful.ts';
import { readBuiltSite, publishedAnchors } from '../../src/publish/built-site.ts';
import { certainty } from '../../src/visuals/timeline-certainty.ts';

const dir = inject('siteDir');
const site = readBuiltSite(dir);
const load = (page: string) => cheerio.load(readFileSync(join(dir, page, 'index.html'), 'utf8'));
const entries = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({
      id: f.slice(0, -3),
      data: parseFrontmatter(readFileSync(join(ROOT, 'content', folder, f), 'utf8')).frontmatter as Record<string, any>,
    }));

/** True when `href` (site-absolute, base `/`) names a page of the build and, with a fragment, an id on it. */
function lands(href: string): boolean {
  const url = new URL(href, 'http://site/');
  const page = site.get(url.pathname.slice(1));
  const id = decodeURIComponent(url.hash.slice(1));
  return page !== undefined && (id === '' || page.ids.has(id));
}

describe('the timeline drawn on a line', () => {
  const $ = load('timeline');
  const events = entries('timeline').sort((a, b) => a.data.order - b.data.order);
  const strip = $('section.glance ol.strip');
  const items = strip.children('li');

  it('comes before the full list, as an ordered list of every event in story order', () => {
    expect(strip.length).toBe(1);
    const main = $('main').html()!;
    expect(main.indexOf('class="strip')).toBeLessThan(main.indexOf('class="entries timeline'));
    expect(items.map((_, li) => $(li).find('a.title').attr('href')).get()).toEqual(events.map((e) => `#${e.id}`));
    // The list below still carries every event, in the same order.
    expect(
      $('ol.entries.timeline > li.entry h2')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(events.map((e) => e.id));
    expect(strip.attr('aria-labelledby')).toBe('on-a-line');
    expect($('#on-a-line').text()).not.toBe('');
  });

  it('links each event to its entry and to the sentences it cites', () => {
    items.each((i, li) => {
      const entry = $(`#${events[i]!.id}`).closest('li.entry');
      const cited = new Set(
        entry
          .find('a.cite-link')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      const sources = $(li).find('.srcs a');
      expect(sources.length, events[i]!.id).toBeGreaterThan(0);
      sources.each((_, a) => {
        expect(cited.has($(a).attr('href')!), `${events[i]!.id}: ${$(a).attr('href')}`).toBe(true);
        expect(lands($(a).attr('href')!)).toBe(true);
        expect($(a).text()).toMatch(/, sentence \d+$/);
      });
    });
  });

  it('draws a date only as firmly as the source gives it, and says so in words', () => {
    items.each((i, li) => {
      const event = events[i]!;
      const expected = certainty(event.data);
      expect($(li).attr('data-certainty'), event.id).toBe(expected);
      expect($(li).hasClass(`is-${expected}`)).toBe(true);
      const label = $(li).find('.date').text();
      if (expected === 'relative') expect(label).toContain(`“${event.data.relative}”, no date given`);
      if (expected === 'unknown') expect(label).toBe('Date not given');
      if (expected === 'partial') expect(label).toContain('(year not given)');
      // Only events dated in full are joined by a solid line.
      if ($(li).hasClass('solid')) expect(expected).toBe('known');
    });
    // The sources give one day and month, no year, and several relative phrases: all drawn as uncertain.
    expect(items.filter('.is-known').length).toBe(events.filter((e) => e.data.date?.year !== undefined).length);
    expect(items.filter('.is-partial').length).toBeGreaterThan(0);
    expect(items.filter('.is-relative').length).toBeGreaterThan(0);
    // The key lists exactly the kinds of marker used.
    const used = new Set(items.map((_, li) => $(li).attr('data-certainty')).get());
    expect($('ul.legend li').length).toBe(used.size);
  });

  it('adds one published anchor to the timeline page, its own section, and links the map of the talks', () => {
    expect(publishedAnchors(site.get('timeline/')!)).toEqual(
      [...events.map((e) => e.id), 'every-event', 'on-a-line'].sort(),
    );
    expect($('section.glance a[href="/talks/"]').length).toBe(1);
  });

  it('appears in compact form in the rail of articles that cite events', () => {
    let rails = 0;
    for (const [key] of site) {
      if (!/^articles\/[^/]+\/$/.test(key)) continue;
      const a = load(key.slice(0, -1));
      const compact = a('.rail ol.strip.compact');
      const cited = new Set(
        a('.article-body a.ref-timeline')
          .map((_, x) => a(x).attr('href'))
          .get(),
      );
      if (cited.size === 0) {
        expect(compact.length, key).toBe(0);
        continue;
      }
      rails++;
      const hrefs = compact
        .find('a.title')
        .map((_, x) => a(x).attr('href'))
        .get();
      expect(new Set(hrefs), key).toEqual(cited);
      for (const h of hrefs) expect(lands(h), h).toBe(true);
      compact.children('li').each((_, li) => void expect(a(li).find('.date').text().trim()).not.toBe(''));
    }
    expect(rails).toBeGreaterThan(0);
  });
});

describe('the map of the talks', () => {
  const $ = load('talks');
  const tracks = entries('tracks').sort((a, b) => a.data.order - b.data.order);
  const people = entries('people');
  const svgs = $('svg.talks-map');

  it('is SVG drawn at build time, in a wide and a narrow layout, hidden from assistive technology', () => {
    expect(svgs.map((_, s) => $(s).attr('data-layout')).get()).toEqual(['wide', 'narrow']);
    svgs.each((_, s) => {
      expect($(s).attr('aria-hidden')).toBe('true');
      expect($(s).attr('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
      // Its links stay out of the tab order: the list beside it has the same ones.
      $(s)
        .find('a')
        .each((_, a) => void expect($(a).attr('tabindex')).toBe('-1'));
    });
  });

  it('links every node to an anchor that exists: tracks to their timeline event, people to their entry', () => {
    svgs.each((_, s) => {
      const nodes = $(s).find('a.node');
      expect(nodes.length).toBeGreaterThan(tracks.length);
      nodes.each((_, a) => {
        const href = $(a).attr('href')!;
        expect(href, $(a).attr('data-node')).toMatch(/^\/(timeline|people)\/#[a-z0-9-]+$/);
        expect(lands(href), href).toBe(true);
        expect($(a).find('text').text().trim()).not.toBe('');
      });
      expect(
        $(s)
          .find('a.track')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(tracks.map((t) => `/timeline/#${t.data.events[0]}`));
    });
  });

  it('shows who takes part in which track exactly as the people entries record it', () => {
    const wide = svgs.filter('[data-layout="wide"]');
    for (const t of tracks) {
      const members = people
        .filter((p) => (p.data.tracks ?? []).includes(t.id))
        .map((p) => `/people/#${p.id}`)
        .sort();
      const drawn = wide
        .find(`a.person[data-node$="@${t.id}"]`)
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort();
      expect(drawn, t.id).toEqual(members);
      const listed = $(`section.track[aria-labelledby="${t.id}"] ul.members a[href^="/people/"]`)
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort();
      expect(listed, t.id).toEqual(members);
    }
    // London, Paris and the envoy's talks are each a track with someone in it.
    expect(tracks.length).toBeGreaterThanOrEqual(3);
    for (const t of tracks)
      expect(
        people.some((p) => (p.data.tracks ?? []).includes(t.id)),
        t.id,
      ).toBe(true);
  });

  it('gives the same information as a list: every link in the drawing is also in the list', () => {
    const list = new Set(
      $('.tracks a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    svgs.find('a').each((_, a) => void expect(list.has($(a).attr('href')!), $(a).attr('href')).toBe(true));
    // Each track in the list is an anchor with a copy-link control, and cites its sources.
    expect(publishedAnchors(site.get('talks/')!)).toEqual([...tracks.map((t) => t.id), 'the-tracks'].sort());
    for (const t of tracks) {
      const section = $(`section.track[aria-labelledby="${t.id}"]`);
      expect(section.find(`a.anchor-link[href="#${t.id}"]`).length).toBe(1);
      expect(section.find('.prose a.cite-link').length, t.id).toBeGreaterThan(0);
    }
    expect(pageProblems($, '.track .prose p', '/talks/')).toEqual([]);
  });

  it('is linked from the timeline and from the article on the diplomatic tracks', () => {
    const article = load('articles/the-diplomatic-tracks');
    const links = article('.article-body a[href^="/talks/"]')
      .map((_, a) => article(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(0);
    for (const h of links) expect(lands(h), h).toBe(true);
  });
});

describe('the new pages', () => {
  it('load no more script than any other reading page, and no inline styles', () => {
    const scripts = (page: string) =>
      load(page)('script')
        .map((_, s) => `${load(page)(s).attr('src') ?? ''}${load(page)(s).html()}`)
        .get();
    const reference = scripts('glossary');
    for (const page of ['compare', 'talks', 'timeline']) {
      expect(scripts(page), page).toEqual(reference);
      // A style attribute would be blocked by the content security policy.
      expect(load(page)('main [style]').length, page).toBe(0);
    }
  });
});
