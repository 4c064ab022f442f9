import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { explainerMarkdown } from '../../src/markdown/astro-processor.ts';
import { ContentError } from '../../src/content/content-error.ts';

const contentDir = join(import.meta.dirname, '../fixtures/mini-site');
// An entry, not an article: these texts show the processor's work, and cite nothing (an article must).
const fileURL = pathToFileURL(join(contentDir, 'glossary/test-doc.md'));

async function render(markdown: string) {
  const renderer = await explainerMarkdown({ contentDir, base: '/' }).createRenderer({} as never);
  return renderer.render(markdown, { fileURL, frontmatter: { title: 'T' } });
}
const html = async (markdown: string) => cheerio.load((await render(markdown)).code);

describe('markdown processor: typography', () => {
  it('curls straight quotes, pairing them across links and emphasis', async () => {
    const $ = await html('She said "the [talks](https://example.org) went *well*" and it\'s the \'90s.');
    expect($('p').text()).toBe('She said “the talks went well” and it’s the ’90s.');
  });
  it('opens a quote at the start of a paragraph or heading', async () => {
    const $ = await html('## "Quoted" heading\n\n"Opening" words.');
    expect($('h2').text()).toContain('“Quoted” heading');
    expect($('p').text()).toBe('“Opening” words.');
  });
  it('turns -- into an em dash and ... into an ellipsis, and leaves code alone', async () => {
    const $ = await html('Wait -- and then... `a -- "b" ...` done.');
    expect($('p').text()).toBe('Wait — and then… a -- "b" ... done.');
  });
  it('keeps < > & in text and still pairs the quotes around them', async () => {
    const $ = await html('Terms "A < B & C" apply.');
    expect($('p').text()).toBe('Terms “A < B & C” apply.');
  });
});

describe('markdown processor: what Astro needs back', () => {
  it("returns the headings (for the table of contents) and the plugins' frontmatter", async () => {
    const out = await render('## First part\n\nText [@report#s1].\n\n### A detail\n\nMore.');
    expect(out.metadata.headings.map((h) => [h.depth, h.slug, h.text])).toEqual([
      [2, 'first-part', 'First part'],
      [3, 'a-detail', 'A detail'],
    ]);
    // Only what the plugins record: the entry's own frontmatter is its data, not stored twice.
    expect(out.metadata.frontmatter.title).toBeUndefined();
    expect(out.metadata.frontmatter.citationNotes).toHaveLength(1);
  });
  it('renders tables and strikethrough, but not bare URLs as links', async () => {
    const $ = await html('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ see https://example.org');
    expect($('table td').length).toBe(2);
    expect($('del').text()).toBe('old');
    expect($('a[href="https://example.org"]').length).toBe(0);
  });
  it('still rejects raw HTML with the file and line', async () => {
    const error = await render('Fine.\n\n<script>alert(1)</script>').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toMatch(/glossary\/test-doc\.md$/);
    expect((error as ContentError).line).toBe(3);
  });
  it("names the file's own line when Astro hands over the body without its frontmatter", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-lines-'));
    const file = join(dir, 'lines.md');
    const body = 'Intro.\n\n## Part\n\nA claim [@report#s99].\n';
    writeFileSync(file, `---\ntitle: T\nsummary: S\n---\n\n${body}`);
    const renderer = await explainerMarkdown({ contentDir, base: '/' }).createRenderer({} as never);
    const error = await renderer.render(body.trim(), { fileURL: pathToFileURL(file), frontmatter: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).line).toBe(10);
  });
  it('refuses an image and a footnote with the file and line: the site publishes text that cites sources', async () => {
    for (const [body, line] of [
      ['A map:\n\n![The map](./map.png)', 3],
      ['A claim.[^1]\n\n[^1]: A note.', 1],
    ] as const) {
      const error = await render(body).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, body).toBeInstanceOf(ContentError);
      expect((error as ContentError).line, body).toBe(line);
    }
  });
});
