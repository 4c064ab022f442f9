/**
 * Provenance, counted from the built pages: every claim cites, every source
 * sentence is accounted for, every term is linked, and our prose neither
 * copies the sources nor quotes or numbers anything they do not contain.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI, Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { citationKey, isArticlePage, loadPages } from '../helpers/site.ts';
import { ROOT } from '../helpers/build-site.ts';
import { splitSource } from '../../src/content/sentences.ts';
import { parse as parseYaml } from 'yaml';
import { namesPerThousandWords, sharedRuns } from '../../src/content/faithfulness/prose-metrics.ts';
import { outsideFacts, refusedTerms, type OutsideTerm } from '../../src/content/faithfulness/outside-facts.ts';
import { copiedRun, sourceRuns } from '../../src/content/faithfulness/own-words.ts';
import { ENGLISH, UKRAINIAN } from '../../src/content/faithfulness/prose-language.ts';

let pages: Map<string, CheerioAPI>;
let sourceText: string;

beforeAll(() => {
  pages = loadPages(inject('siteDir'));
  const dir = join(ROOT, 'content/sources');
  sourceText = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
});

/** Our own words in an element: citations, previews and anchor labels removed. */
function ownText($: CheerioAPI, el: Cheerio<AnyNode>): string {
  const c = el.clone();
  c.find('.cite-link, .anchor-link, .visually-hidden, .print-notes').remove();
  return c.text().replace(/\s+/g, ' ').trim();
}

const articlePages = () => [...pages].filter(([p]) => isArticlePage(p));

/** Every block of our prose on the site: article paragraphs, entries, answers. */
function proseBlocks(): Array<{ where: string; $: CheerioAPI; el: Cheerio<AnyNode> }> {
  const blocks: Array<{ where: string; $: CheerioAPI; el: Cheerio<AnyNode> }> = [];
  for (const [path, $] of pages) {
    const selector = isArticlePage(path)
      ? '.article-body p, .article-body li'
      : path === '/'
        ? '.questions .prose p'
        : /^\/(timeline|glossary|people)\/$/.test(path)
          ? '.entry > p:not(.meta), .entry > .editor-note p, .entry li'
          : '';
    if (!selector) continue;
    $(selector).each((_, el) => {
      // A correction says what was wrong, with its date: it is not a claim of ours.
      if ($(el).closest('.backlinks, .print-notes, .correction').length === 0)
        blocks.push({ where: `${path}: "${$(el).text().slice(0, 60)}…"`, $, el: $(el) });
    });
  }
  return blocks;
}

describe('every claim cites a source sentence', () => {
  it('every paragraph and list item of article prose has a citation', () => {
    let n = 0;
    for (const [path, $] of articlePages()) {
      $('.article-body p, .article-body li').each((_, el) => {
        // A correction says what was wrong, with its date: it is not a claim of ours.
        if (ownText($, $(el)) === '' || $(el).closest('.print-notes, .correction').length > 0) return;
        expect($(el).find('a.cite-link').length, `${path}: "${$(el).text().slice(0, 80)}"`).toBeGreaterThan(0);
        n++;
      });
    }
    expect(n).toBeGreaterThan(20);
  });

  it('every timeline event and every person or body cites', () => {
    for (const page of ['/timeline/', '/people/']) {
      const $ = pages.get(page)!;
      const entries = $('li.entry');
      expect(entries.length).toBeGreaterThan(0);
      entries.each((_, el) => {
        expect($(el).find('a.cite-link').length, `${page}#${$(el).find('h2').attr('id')}`).toBeGreaterThan(0);
      });
    }
  });

  it('every glossary definition cites or is labelled editorial', () => {
    const $ = pages.get('/glossary/')!;
    $('li.entry').each((_, el) => {
      const cites = $(el).find('a.cite-link').length > 0;
      const editorial = $(el).find('.label').text().includes('editorial');
      expect(cites || editorial, `/glossary/#${$(el).find('h2').attr('id')}`).toBe(true);
    });
  });

  it('every key question on the home page is answered with citations', () => {
    const $ = pages.get('/')!;
    $('.questions > li').each((_, el) => expect($(el).find('a.cite-link').length).toBeGreaterThan(0));
  });
});

describe('every source sentence is accounted for', () => {
  it('is cited somewhere, or listed on its source page as background with a reason', () => {
    const cited = new Set<string>();
    for (const [, $] of pages) {
      $('a.cite-link').each((_, a) => {
        const [source, ids] = citationKey($(a)).split('#');
        for (const id of ids!.split(',')) cited.add(`${source}#${id}`);
      });
    }
    const missing: string[] = [];
    for (const [path, $] of pages) {
      const m = /^\/sources\/([a-z0-9-]+)\/$/.exec(path);
      if (!m) continue;
      $('.source-text .sentence').each((_, s) => {
        const id = $(s).attr('id')!;
        const row = $(`#cited-${id}`).text();
        if (!cited.has(`${m[1]}#${id}`) && !/Background, not used: \S/.test(row)) missing.push(`${m[1]}#${id}`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('glossary terms are linked where they appear', () => {
  it('every term is linked from at least one article', () => {
    const linked = new Set<string>();
    for (const [, $] of articlePages())
      $('a.ref-glossary').each((_, a) => void linked.add($(a).attr('href')!.split('#')[1]!));
    const $ = pages.get('/glossary/')!;
    const terms = $('li.entry h2')
      .map((_, h) => $(h).attr('id'))
      .get();
    expect(terms.length).toBeGreaterThanOrEqual(15);
    expect(terms.filter((t) => !linked.has(t))).toEqual([]);
  });
});

describe('our prose stays faithful to the sources', () => {
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

  it('quotes only words that are in the sources', () => {
    const source = norm(sourceText);
    const bad: string[] = [];
    for (const { where, $, el } of proseBlocks()) {
      const text = ownText($, el);
      for (const m of text.matchAll(/[“"]([^”"]{3,})[”"]/g)) {
        const quoted = norm(m[1]!).replace(/[,.]$/, '');
        if (!source.includes(quoted)) bad.push(`${where} quotes "${m[1]}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no number the sources do not contain', () => {
    const numbers = new Set(sourceText.match(/\d+/g) ?? []);
    const bad: string[] = [];
    for (const { where, $, el } of proseBlocks()) {
      for (const n of ownText($, el).match(/\d+/g) ?? []) if (!numbers.has(n)) bad.push(`${where} has ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes its own sentences: no run of six source words outside quotation marks', () => {
    // Runs within one source sentence (a run across two is not copying), compared as the content check compares
    // them (src/content/faithfulness/own-words.ts): here on the text as published.
    const runs = sourceRuns(
      splitSource(sourceText)
        .paragraphs.flatMap((p) => p.sentences)
        .map((sentence, i) => [`sentence ${i + 1}`, sentence.text] as const),
    );
    const copied: string[] = [];
    for (const { where, $, el } of proseBlocks()) {
      // Quoted words are attributed quotation, not copying: as the content check reads our text.
      const run = copiedRun(ENGLISH.unquoted(ownText($, el)), runs);
      if (run) copied.push(`${where}: "${run.words}"`);
    }
    expect(copied).toEqual([]);
  });
});

describe('the Ukrainian edition writes its own sentences', () => {
  /** Our one reviewed Ukrainian translation of every source sentence (content/uk/sources/*.yaml). */
  const translations = () => {
    const dir = join(ROOT, 'content/uk/sources');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => Object.values(parseYaml(readFileSync(join(dir, f), 'utf8'))?.sentences ?? {}) as string[]);
  };
  it('has no run of six words of a translated source sentence outside quotation marks', () => {
    const runs = sourceRuns(translations().map((text, i) => [`translation ${i + 1}`, text] as const));
    expect(runs.size).toBeGreaterThan(200);
    const ukPages = [...pages].filter(([p]) => p.startsWith('/uk/'));
    expect(ukPages.length).toBeGreaterThan(10);
    const copied: string[] = [];
    for (const [path, $] of ukPages) {
      const selector = isArticlePage(path.slice(3))
        ? '.article-body p, .article-body li'
        : /^\/uk\/(timeline|glossary|people)\/$/.test(path)
          ? '.entry > p:not(.meta), .entry > .editor-note p, .entry li'
          : '';
      if (!selector) continue;
      $(selector).each((_, el) => {
        if ($(el).closest('.backlinks, .print-notes, .correction').length > 0) return;
        // Quoted words, in either pair of marks, are attributed quotation, not copying.
        const run = copiedRun(UKRAINIAN.unquoted(ownText($, $(el))), runs);
        if (run) copied.push(`${path}: "${run.words}"`);
      });
    }
    expect(copied).toEqual([]);
  });
});

describe('sourcing language, repetition and outside facts, measured on the built articles', () => {
  /** What our prose calls the source texts: each source's `names` and `short`. */
  const sourceNames = () => {
    const dir = join(ROOT, 'content/sources');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => {
        const meta = parseYaml(readFileSync(join(dir, f), 'utf8')) ?? {};
        return [...(meta.names ?? []), ...(meta.short ? [meta.short] : [])] as string[];
      });
  };
  const articleText = ($: CheerioAPI) =>
    $('.article-body p, .article-body li')
      .filter((_, el) => $(el).closest('.print-notes, .correction').length === 0)
      .map((_, el) => ownText($, $(el)))
      .get()
      .join(' ');

  it('names the source texts at most 8 times per 1,000 words of each article', () => {
    const names = sourceNames();
    expect(names.length).toBeGreaterThan(0);
    const rates = articlePages().map(
      ([path, $]) => `${path} ${namesPerThousandWords(articleText($), names).toFixed(1)}`,
    );
    expect(rates.length).toBeGreaterThan(3);
    expect(rates.filter((r) => Number(r.split(' ')[1]) > 8)).toEqual([]);
  });

  it('shares at most 1 % of its six-word runs between two articles', () => {
    const texts = new Map(articlePages().map(([path, $]) => [path, articleText($)]));
    const { share, shared } = sharedRuns(texts, 6);
    const list = [...shared].map(([run, where]) => `"${run}" in ${where.join(', ')}`);
    expect(share, list.slice(0, 30).join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('states no fact from outside the sources: no term of content/checks/outside-facts.yaml they lack', () => {
    const data = parseYaml(readFileSync(join(ROOT, 'content/checks/outside-facts.yaml'), 'utf8'));
    const terms = data.terms as OutsideTerm[];
    expect(terms.length).toBeGreaterThan(5);
    const refused = refusedTerms(terms, [sourceText]);
    // The sources' own words pass ("North American partners"); the outside ones are refused.
    expect(refused.map((t) => t.what)).toContain('a year');
    const bad: string[] = [];
    for (const { where, $, el } of proseBlocks())
      for (const f of outsideFacts(ownText($, el), refused)) bad.push(`${where} uses "${f.words}" (${f.term.what})`);
    for (const [path, $] of pages)
      for (const f of outsideFacts($('h1, h2, h3').text(), refused)) bad.push(`${path} heading uses "${f.words}"`);
    expect(bad).toEqual([]);
  });
});
