import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { explainerMarkdown } from '../../src/markdown/astro-processor.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { entryPreviews } from '../../src/content/content-index.ts';
import { typographic } from '../../src/markdown/remark-typography.ts';

// The fixture has content/uk/ beside the English: a translation of every file.
const contentDir = join(import.meta.dirname, '../fixtures/uk-parity');

async function render(markdown: string, file: string) {
  const renderer = await explainerMarkdown({ contentDir, base: '/' }).createRenderer({} as never);
  return renderer.render(markdown, { fileURL: pathToFileURL(join(contentDir, file)), frontmatter: {} });
}
const html = async (markdown: string, file = 'uk/articles/brief.md') =>
  cheerio.load((await render(markdown, file)).code);
const body = (file: string) => readFileSync(join(contentDir, file), 'utf8').split('\n---\n')[1]!;

describe('Ukrainian Markdown: the language comes from the file’s path', () => {
  it('gives the i-th heading the id of the English file’s i-th heading, and its link a Ukrainian label', async () => {
    const out = await render(body('uk/articles/brief.md'), 'uk/articles/brief.md');
    expect(out.metadata.headings.map((h) => h.slug)).toEqual(['where-are-the-talks', 'who-is-there']);
    const $ = cheerio.load(out.code);
    expect($('h2').first().text()).toBe('Де відбуваються переговори?');
    expect($('.anchor-link').first().attr('href')).toBe('#where-are-the-talks');
    expect($('.anchor-link .visually-hidden').first().text()).toBe('Посилання на розділ: Де відбуваються переговори?');
  });

  it('records what a translation cites under the English section ids', async () => {
    const out = await render(body('uk/articles/brief.md'), 'uk/articles/brief.md');
    const refs = out.metadata.frontmatter.references as { citations: Array<{ section?: string }> };
    expect(new Set(refs.citations.map((c) => c.section))).toEqual(new Set(['where-are-the-talks', 'who-is-there']));
  });

  it('links entries to Ukrainian pages, citations to the shared English sentence (hreflang="en")', async () => {
    const $ = await html(body('uk/articles/brief.md'));
    expect($('a.ref-glossary').attr('href')).toBe('/uk/glossary/#talks');
    expect($('a.ref-people').attr('href')).toBe('/uk/people/#delegate');
    const cite = $('a.cite-link').first();
    expect(cite.attr('href')).toBe('/sources/report/#s2');
    expect(cite.attr('hreflang')).toBe('en');
    expect(cite.find('.visually-hidden').text()).toBe('Джерело ');
    const english = await html(body('articles/brief.md'), 'articles/brief.md');
    expect(english('a.cite-link').first().attr('hreflang')).toBeUndefined();
    expect(english('a.ref-glossary').attr('href')).toBe('/glossary/#talks');
  });

  it('names the source in the footnotes by our Ukrainian title', async () => {
    const out = await render(body('uk/articles/brief.md'), 'uk/articles/brief.md');
    const notes = out.metadata.frontmatter.citationNotes as Array<{ where: string }>;
    expect(notes[0]!.where).toBe('Звіт для тестів, речення 2');
    expect(notes.some((n) => n.where === 'Звіт для тестів, речення 3–4')).toBe(true);
  });

  it('recognises **Примітка редакції:** as an editor’s note', async () => {
    const $ = await html(body('uk/articles/brief.md'));
    expect($('div.editor-note[role="note"] .editor-note-label').text()).toBe('Примітка редакції:');
  });

  it('turns straight double quotes into «…» in a Ukrainian file, “…” in an English one', async () => {
    const $ = await html('## "Цитата" в заголовку\n\nВін сказав: "ми відкриті" [@report#s1]. Прем\'єр -- тут...');
    expect($('p').text()).toBe('Він сказав: «ми відкриті»Джерело 1. Прем’єр — тут…');
    expect($('h2').text()).toBe('«Цитата» в заголовку');
    const en = await html('He said "we are open" [@report#s1].', 'articles/brief.md');
    expect(en('p').text()).toContain('“we are open”');
    expect(typographic('"Так"', 'uk')).toBe('«Так»');
  });

  it('keeps the plugins’ errors: an unknown entry in a translation names the file and line', async () => {
    const error = await render(
      'Текст [@report#s2].\n\n[Хтось](people:nobody) [@report#s1].',
      'uk/articles/brief.md',
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toMatch(/uk\/articles\/brief\.md$/);
    expect((error as ContentError).problem).toContain('people:nobody');
  });

  it('previews entries in the edition’s words, falling back to nothing but the English ids', () => {
    expect(entryPreviews(contentDir, 'people', 'uk')).toEqual({
      delegate: { title: 'Делегат', summary: 'Бере участь у переговорах' },
    });
    expect(entryPreviews(contentDir, 'people').delegate!.title).toBe('The delegate');
  });
});
