import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { rehypeHeadingSlugs } from '../../src/markdown/rehype-heading-slugs.ts';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import * as cheerio from 'cheerio';
import { remarkCitations } from '../../src/markdown/remark-citations.ts';
import { remarkEntryLinks } from '../../src/markdown/remark-entry-links.ts';
import { remarkNoRawHtml } from '../../src/markdown/remark-no-raw-html.ts';
import { remarkEditorNotes } from '../../src/markdown/remark-editor-notes.ts';
import { rehypeHeadingLinks } from '../../src/markdown/rehype-heading-links.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { contentErrorsOf } from '../../src/markdown/fail.ts';
import { remarkContentSyntax } from '../../src/markdown/syntax.ts';

const contentDir = join(import.meta.dirname, '../fixtures/mini-site');
const file = join(contentDir, 'articles/test-doc.md');

async function processed(markdown: string, base = '/') {
  return remark()
    .use(remarkCitations, { contentDir, base })
    .use(remarkEntryLinks, { contentDir, base })
    .use(remarkNoRawHtml)
    .use(remarkEditorNotes)
    .use(remarkRehype)
    .use(rehypeHeadingSlugs)
    .use(rehypeHeadingLinks)
    .use(rehypeStringify)
    .process(new VFile({ path: file, value: markdown }));
}

async function render(markdown: string, base = '/') {
  return cheerio.load(String(await processed(markdown, base)));
}

/** The plugins record a mistake on the file and carry on, so one run finds them all. */
async function failure(markdown: string): Promise<ContentError> {
  const [first] = contentErrorsOf(await processed(markdown));
  if (first instanceof ContentError) return first;
  throw new Error('expected a ContentError');
}

describe('remark-citations: citations', () => {
  it('links a citation to the sentence anchor without copying the sentence into the page', async () => {
    const $ = await render('London it is [@report#s2].');
    const a = $('a.cite-link');
    expect(a.attr('href')).toBe('/sources/report/#s2');
    // The browser previews the sentence from the source's sentences.json; the page only names it, by the
    // address (an article's citation of one sentence needs no data-cite; a passage's has one, below).
    expect(a.attr('data-cite')).toBeUndefined();
    expect($('p').text()).not.toContain('The talks will be held in London.');
    // The citation hugs the word before it.
    expect($('p').html()).toMatch(/^London it is<a class="cite-link"/);
  });

  it("describes an article's citations by their footnote, numbered once per cited passage", async () => {
    const out = await remark()
      .use(remarkCitations, { contentDir, base: '/' })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(new VFile({ path: file, value: 'A [@report#s1]. B [@report#s3-s4; @report#s1].' }));
    const $ = cheerio.load(String(out));
    const notes = (
      out.data as {
        astro: { frontmatter: { citationNotes: Array<{ n: number; id: string; href: string; where: string }> } };
      }
    ).astro.frontmatter.citationNotes;
    expect(notes.map((n) => [n.n, n.href, n.where])).toEqual([
      [1, '/sources/report/#s1', 'A fixture report, sentence 1'],
      [2, '/sources/report/#s3', 'A fixture report, sentences 3–4'],
    ]);
    expect(
      $('a.cite-link')
        .map((_, e) => $(e).attr('aria-describedby'))
        .get(),
    ).toEqual([notes[0]!.id, notes[1]!.id, notes[0]!.id]);
  });

  it('numbers citations in order and resolves ranges and lists', async () => {
    const $ = await render('A [@report#s1]. B [@report#s3-s4; @report#s5].');
    expect(
      $('a.cite-link')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['Source 1', 'Source 2', 'Source 3']);
    expect($('a.cite-link').eq(1).attr('href')).toBe('/sources/report/#s3');
    expect($('a.cite-link').eq(1).attr('data-cite')).toBe('report#s3,s4');
  });

  it('builds links under the base path', async () => {
    const $ = await render('X [@report#s1] and [talks](glossary:talks).', '/explainer/');
    expect($('a.cite-link').attr('href')).toBe('/explainer/sources/report/#s1');
    expect($('a.ref').attr('href')).toBe('/explainer/glossary/#talks');
  });

  it.each([
    ['an unknown source', 'Text.\n\nA claim [@nowhere#s1].', 3, 'names the source "nowhere", which does not exist'],
    [
      'a sentence past the end',
      'A claim [@report#s9].',
      1,
      'points at sentence s9, but "report" has sentences s1 to s5',
    ],
    // Said once, not once for each sentence past the end.
    ['a range past the end', 'Line one\nA claim [@report#s4-s7].', 2, 'points at sentences s6 to s7, but "report"'],
    ['malformed syntax', 'A claim [@report s1].', 1, 'is not a citation of the form'],
    ['a backwards range', 'A claim [@report#s3-s1].', 1, 'runs backwards'],
  ])('fails on %s with the file and line', async (_name, md, line, problem) => {
    const e = await failure(md);
    expect(e.file).toMatch(/tests\/fixtures\/mini-site\/articles\/test-doc\.md$/);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`test-doc.md:${line}`);
    expect(e.message).toContain(problem);
    expect(e.message).toContain('Fix:');
  });
});

describe('remark-citations: entry links and notes', () => {
  it('links glossary and people entries, named for their previews, without copying the definition', async () => {
    const $ = await render('See [the talks](glossary:talks) and [a delegate](people:delegate).');
    const term = $('a.ref-glossary');
    expect(term.attr('href')).toBe('/glossary/#talks');
    expect($('a.ref-people').attr('href')).toBe('/people/#delegate');
    expect($('p').text()).toBe('See the talks and a delegate.');
  });

  it('links timeline events and article sections', async () => {
    const $ = await render('[The talks](timeline:talks), [the brief](article:brief#who-is-there).');
    expect($('a.ref-timeline').attr('href')).toBe('/timeline/#talks');
    expect($('a.ref-article').attr('href')).toBe('/articles/brief/#who-is-there');
  });

  it.each([
    ['glossary:nothing', 'content/glossary/nothing.md'],
    ['people:nobody', 'content/people/nobody.md'],
    ['timeline:never', 'content/timeline/never.md'],
    ['article:missing', 'content/articles/missing.md'],
  ])('fails on a link to %s that does not exist', async (target, path) => {
    const e = await failure(`Intro [@report#s1].\n\nSee [this](${target}) [@report#s2].`);
    expect(e.line).toBe(3);
    expect(e.message).toContain(path);
  });

  it('leaves ordinary links alone', async () => {
    const $ = await render('[elsewhere](https://example.org/) and [#top](#top)');
    expect($('a').first().attr('href')).toBe('https://example.org/');
    expect($('a').eq(1).attr('href')).toBe('#top');
  });

  it("turns a blockquote that opens with Editor's note into a labelled note", async () => {
    const $ = await render("> **Editor's note:** No date is given [@report#s3].\n\n> A plain quote.");
    expect($('.editor-note').attr('role')).toBe('note');
    expect($('.editor-note .editor-note-label').text()).toBe("Editor's note:");
    expect($('blockquote').length).toBe(1);
  });
});

describe('remark-citations: what an article must cite', () => {
  const problems = async (markdown: string, path = file) =>
    contentErrorsOf(
      await remark()
        .use(remarkCitations, { contentDir, base: '/' })
        .use(remarkEntryLinks, { contentDir, base: '/' })
        .process(new VFile({ path, value: markdown })),
    ).map((e) => `${e.line}: ${e.problem}`);

  it('refuses a paragraph or list item of an article that says something and cites nothing', async () => {
    const markdown = [
      'Cited [@report#s1].',
      '',
      'The US will lift every sanction next week.',
      '',
      '- a cited item [@report#s2]',
      '- an uncited item',
      '',
      "> **Editor's note:** A note that cites nothing.",
      '',
      '![A map](./map.png)',
    ].join('\n');
    expect(await problems(markdown)).toEqual([
      expect.stringMatching(/^3: this paragraph of the article cites no source sentence/),
      expect.stringMatching(/^6: this list item of the article cites no source sentence/),
      expect.stringMatching(/^8: this paragraph of the article cites no source sentence/),
    ]);
  });

  it('asks it of each item of a list within an item, and of each row of a table below its header', async () => {
    const markdown = [
      '- The delegate attends [@report#s1].',
      '  - nobody named for it',
      '  - the talks are in London [@report#s2]',
      '',
      '| who | what |',
      '| --- | --- |',
      '| body | the US will pay for all of it |',
      '| delegate | attends [@report#s1] |',
    ].join('\n');
    // Run, not processed: remark's own Markdown writer has no tables.
    const processor = remark().use(remarkContentSyntax).use(remarkCitations, { contentDir, base: '/' });
    const vfile = new VFile({ path: file, value: markdown });
    await processor.run(processor.parse(vfile), vfile);
    const errors = contentErrorsOf(vfile).map((e) => `${e.line}: ${e.problem}`);
    expect(errors).toEqual([
      expect.stringMatching(/^2: this list item of the article cites no source sentence/),
      expect.stringMatching(/^7: this table row of the article cites no source sentence/),
    ]);
  });

  it('asks it of articles alone: an entry may hold words of our own', async () => {
    expect(await problems('Our own explanation.', join(contentDir, 'glossary/test-term.md'))).toEqual([]);
  });

  it('refuses a citation written outside [@…], which would be printed as it is', async () => {
    expect(await problems('A claim [report#s2]. Another (@report#s3).')).toEqual([
      expect.stringMatching(/^1: the citation \[report#s2\] cannot be read: it is not inside \[@…\]/),
      expect.stringMatching(/^1: the citation @report#s3 cannot be read/),
    ]);
    // Once each: the paragraph is not also reported as citing nothing.
    expect(await problems('A claim [@nowhere#s1].')).toEqual([expect.stringMatching(/^1: .*"nowhere", which does/)]);
  });

  it('refuses a link whose kind of entry does not exist, which would lead nowhere', async () => {
    expect(await problems('See [a delegate](person:delegate) [@report#s1].')).toEqual([
      expect.stringMatching(/^1: the link "person:delegate" names "person:", which is not a kind of entry/),
    ]);
    expect(await problems('[Mail](mailto:desk@example.org) and [web](https://example.org/) [@report#s1].')).toEqual([]);
  });
});

describe('rehype-heading-links', () => {
  it('gives each heading an id and a labelled link to itself, outside the heading', async () => {
    const $ = await render('## Who is there?\n\nText [@report#s1].\n\n### More detail');
    const h2 = $('h2');
    expect(h2.attr('id')).toBe('who-is-there');
    expect(h2.text()).toBe('Who is there?');
    const link = h2.next('a.anchor-link');
    expect(link.attr('href')).toBe('#who-is-there');
    expect(link.find('.visually-hidden').text()).toBe('Link to section: Who is there?');
    expect($('h3').attr('id')).toBe('more-detail');
  });
});
