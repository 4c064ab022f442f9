/** Article bodies kept apart from Astro's content store, in a build cache of the test's own. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const cache = mkdtempSync(join(tmpdir(), 'explainer-bodies-'));
const content = '/site/content';
let apart: typeof import('../../src/markdown/bodies-apart.ts');

beforeAll(async () => {
  process.env.EXPLAINER_CACHE_DIR = cache;
  apart = await import('../../src/markdown/bodies-apart.ts');
});

const rendered = {
  code: '<p>Text<sup>1</sup></p>',
  headings: [{ depth: 2, slug: 'part', text: 'Part' }],
  added: {
    citationNotes: [{ n: 1 }],
    references: { citations: [{ source: 'bbc', from: 3, to: 3, section: 'part' }], links: [] },
    mentions: [{ key: 'people:starmer', section: 'part' }],
    readingText: { words: 1 },
  },
};

const packs = () => readdirSync(join(cache, 'bodies')).filter((name) => name.endsWith('.pack'));

describe('bodies kept apart', () => {
  it("keeps an article's HTML and notes, and what it points at, in a pack; the rest in the store", () => {
    const stored = apart.keepBodyApart(content, `${content}/uk/articles/brief.md`, rendered);
    expect(stored.code).toBe('');
    expect(stored.headings).toEqual([]);
    expect(Object.keys(stored.added).sort()).toEqual(['apart', 'readingText']);
    expect(apart.bodyApartOf(stored.added)).toEqual({
      html: rendered.code,
      headings: rendered.headings,
      citationNotes: rendered.added.citationNotes,
    });
    expect(apart.pointsApartOf(stored.added)).toEqual({
      sections: ['part'],
      cited: [['bbc#s3', 0]],
      linked: [],
      named: [['people:starmer', 0]],
    });
  });

  it('appends every article of a build to one pack file of bodies and one of references', () => {
    const before = packs();
    const many = Array.from({ length: 20 }, (_, i) =>
      apart.keepBodyApart(content, `${content}/articles/a${i}.md`, { ...rendered, code: `<p>${i}</p>` }),
    );
    expect(packs()).toEqual(before);
    expect(before).toHaveLength(2);
    expect(before.filter((name) => name.endsWith('-refs.pack'))).toHaveLength(1);
    expect(many.map((s) => (apart.bodyApartOf(s.added) as { html: string }).html)).toEqual(
      many.map((_, i) => `<p>${i}</p>`),
    );
  });

  it("reads references from their pack read whole, and again once the pack has grown (the dev server's edits)", () => {
    const mentions = (n: number) => [{ key: `people:p${n}`, section: 'part' }];
    const named = (n: number) => [[`people:p${n}`, 0]];
    const first = apart.keepBodyApart(content, `${content}/articles/r1.md`, {
      ...rendered,
      added: { ...rendered.added, mentions: mentions(1) },
    });
    expect(apart.pointsApartOf(first.added)?.named).toEqual(named(1));
    const later = apart.keepBodyApart(content, `${content}/articles/r2.md`, {
      ...rendered,
      added: { ...rendered.added, mentions: mentions(2) },
    });
    expect(apart.pointsApartOf(later.added)?.named).toEqual(named(2));
    apart.forgetReferencePacks();
    expect(apart.pointsApartOf(first.added)?.named).toEqual(named(1));
  });

  it('keeps HTML of many lines, quotes and all, as it was', () => {
    const code = '<h2 id="a">“Part”</h2>\n<p class="x">One\nTwo \\ "three"</p>\n';
    const stored = apart.keepBodyApart(content, `${content}/articles/lines.md`, { ...rendered, code });
    expect(apart.bodyApartOf(stored.added)).toEqual({
      html: code,
      headings: rendered.headings,
      citationNotes: rendered.added.citationNotes,
    });
  });

  it('reads a body a pack kept with its HTML inside the JSON, as packs of earlier builds have it', () => {
    const body = Buffer.from(JSON.stringify({ html: '<p>Old\nlayout</p>', headings: [], citationNotes: [] }));
    const name = `bodies-old0-${2 ** 22}-0000abcd.pack`;
    writeFileSync(join(cache, 'bodies', name), body);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
    const frontmatter = { apart: { file: 'articles/old.md', body: { pack: name, at: 0, length: body.length, hash } } };
    expect(apart.bodyApartOf(frontmatter)).toEqual({ html: '<p>Old\nlayout</p>', headings: [], citationNotes: [] });
  });

  it('keeps every other body whole, in the store', () => {
    for (const path of [`${content}/glossary/talks.md`, `${content}/articles/deep/x.md`, undefined])
      expect(apart.keepBodyApart(content, path, rendered)).toBe(rendered);
    expect(apart.bodyApartOf(rendered.added)).toBeUndefined();
    expect(apart.pointsApartOf(rendered.added)).toBeUndefined();
  });

  it('refuses a body that does not match the store, saying how to start afresh', () => {
    const stored = apart.keepBodyApart(content, `${content}/articles/brief.md`, rendered);
    const kept = (stored.added as { apart: { body: { pack: string; at: number } } }).apart;
    // The pack of bodies the store names (the references have a pack of their own).
    const file = join(cache, 'bodies', kept.body.pack);
    const bytes = readFileSync(file);
    bytes.write('{"html":"<p>Old', kept.body.at);
    writeFileSync(file, bytes);
    expect(() => apart.bodyApartOf(stored.added)).toThrow(
      `The rendered body of articles/brief.md is missing from ${join(cache, 'bodies')} or older than ` +
        `Astro's content store. Delete ${cache} and build again.`,
    );
    const gone = { apart: { ...kept, references: { ...kept.body, pack: 'bodies-x-1-00000000.pack' } } };
    expect(() => apart.pointsApartOf(gone)).toThrow(`The references of articles/brief.md is missing`);
  });

  it("keys a page by its body's bytes, not by where they are kept", () => {
    const once = apart.keepBodyApart(content, `${content}/articles/brief.md`, rendered);
    const again = apart.keepBodyApart(content, `${content}/articles/brief.md`, rendered);
    const changed = apart.keepBodyApart(content, `${content}/articles/brief.md`, { ...rendered, code: '<p>New</p>' });
    const key = (s: typeof once) =>
      JSON.stringify(apart.renderedForKey({ html: '', metadata: { frontmatter: s.added, imagePaths: [] } }));
    expect(JSON.stringify(once.added)).not.toBe(JSON.stringify(again.added));
    expect(key(once)).toBe(key(again));
    expect(key(changed)).not.toBe(key(once));
  });

  // Packs of processes no longer running: no pid on Linux is above 2^22.
  const ended = (n: number) => `bodies-abc-${2 ** 22 + n}-0123abcd.pack`;

  it('deletes packs the content store does not name, and drops a store that names a pack no longer there', () => {
    const store = join(cache, 'data-store.json');
    const current = packs().filter((name) => name.includes(`-${process.pid}-`));
    const old = ended(1);
    writeFileSync(join(cache, 'bodies', old), '{}');
    writeFileSync(join(cache, 'bodies', ended(2)), '{}');
    mkdirSync(join(cache, 'bodies', 'articles'), { recursive: true });
    writeFileSync(store, JSON.stringify(['Map', { pack: old }]));
    apart.tidyBodyPacks({ own: [store] });
    // The packs this process writes to stay, though no store names them yet; a folder of older builds goes.
    expect(packs().sort()).toEqual([old, ...current].sort());
    expect(existsSync(join(cache, 'bodies', 'articles'))).toBe(false);
    expect(existsSync(store)).toBe(true);

    writeFileSync(store, JSON.stringify(['Map', { pack: ended(3) }, { pack: old }]));
    apart.tidyBodyPacks({ own: [store] });
    expect(existsSync(store)).toBe(false);
    expect(packs().sort()).toEqual(current.sort());
  });

  it("keeps every pack of a running process, this one's included though the module was loaded afresh", async () => {
    const store = join(cache, 'data-store.json');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    await once(child, 'spawn');
    const earlier = `bodies-abc-${process.pid}-0123abcd.pack`;
    const running = `bodies-abc-${child.pid}-0123abcd.pack`;
    for (const name of [earlier, running, ended(4)]) writeFileSync(join(cache, 'bodies', name), '{}');
    writeFileSync(store, JSON.stringify(['Map']));
    apart.tidyBodyPacks({ own: [store] });
    expect(packs()).toEqual(expect.arrayContaining([earlier, running]));
    expect(packs()).not.toContain(ended(4));

    child.kill();
    await once(child, 'exit');
    apart.tidyBodyPacks({ own: [store] });
    expect(packs()).not.toContain(running);
  });

  it("keeps the packs the dev server's store names too, and drops either store when it names a pack gone", () => {
    const build = join(cache, 'data-store.json');
    const dev = join(cache, 'dev-data-store.json');
    const [byBuild, byDev, byNone] = [ended(5), ended(6), ended(7)];
    for (const name of [byBuild, byDev, byNone]) writeFileSync(join(cache, 'bodies', name), '{}');
    writeFileSync(build, JSON.stringify(['Map', { pack: byBuild }]));
    writeFileSync(dev, JSON.stringify(['Map', { pack: byDev }]));
    apart.tidyBodyPacks({ own: [build, dev] });
    expect(packs()).toEqual(expect.arrayContaining([byBuild, byDev]));
    expect(packs()).not.toContain(byNone);
    expect([existsSync(build), existsSync(dev)]).toEqual([true, true]);

    // A build's tidying removed the dev server's pack: the dev store, naming it, goes too, the build's stays.
    writeFileSync(dev, JSON.stringify(['Map', { pack: ended(8) }, { pack: byBuild }]));
    apart.tidyBodyPacks({ own: [build, dev] });
    expect([existsSync(build), existsSync(dev)]).toEqual([true, false]);
    expect(packs()).toContain(byBuild);
  });

  it("leaves another command's store alone, though it names packs not here, and keeps the packs it names", () => {
    const build = join(cache, 'data-store.json');
    const dev = join(cache, 'dev-data-store.json');
    const [byBuild, byDev] = [ended(9), ended(10)];
    for (const name of [byBuild, byDev]) writeFileSync(join(cache, 'bodies', name), '{}');
    writeFileSync(build, JSON.stringify(['Map', { pack: byBuild }]));
    // An editor's dev server on the project's content, beside a test's build in a cache folder of its own.
    writeFileSync(dev, JSON.stringify(['Map', { pack: byDev }, { pack: ended(11) }]));
    apart.tidyBodyPacks({ own: [build], others: [dev] });
    expect([existsSync(build), existsSync(dev)]).toEqual([true, true]);
    expect(packs()).toEqual(expect.arrayContaining([byBuild, byDev]));
    expect(readFileSync(dev, 'utf8')).toContain(ended(11));
  });
});
