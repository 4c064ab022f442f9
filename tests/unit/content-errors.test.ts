/**
 * Each kind of content mistake, fed to the function that catches it (the content linter, the Markdown
 * processor, the source reader) on a copy of the mini fixture site: the error names the file, the line
 * (where there is one), what is wrong and how to fix it. tests/build/content-errors.test.ts shows that
 * such errors stop a real build.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lintContent } from '../../src/content/lint.ts';
import { MARKDOWN_COLLECTIONS } from '../../src/content/schemas/markdown-collections.ts';
import { explainerMarkdown } from '../../src/markdown/astro-processor.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { readSourceText, textDigest } from '../../src/content/source-text.ts';
import { checkContent } from '../../src/content/check.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

type Breakage = (dir: string) => void;
type Case = [name: string, breakIt: Breakage, where: string, problem: string];

function expectReport(error: ContentError | undefined, where: string, problem: string) {
  expect(error, 'an error').toBeInstanceOf(ContentError);
  const [file, line] = where.split(':');
  expect(error!.file.endsWith(file!), error!.message).toBe(true);
  expect(error!.line).toBe(line === undefined ? undefined : Number(line));
  expect(error!.message).toContain(problem);
  expect(error!.message).toMatch(/Fix: \S/);
}

const LINT_CASES: Case[] = [
  [
    'two glossary terms readers cannot tell apart',
    (d) => writeFileSync(join(d, 'glossary/the-talks.md'), '---\nterm: Talks\n---\n\nMeetings [@report#s2].\n'),
    'glossary/the-talks.md:2',
    'the term "Talks" is already that of',
  ],
  [
    "a timeline event's date written whole, where it is given in parts",
    (d) => edit(d, 'timeline/talks.md', 'order: 10', 'order: 10\ndate: 2026-02-30'),
    'timeline/talks.md:4',
    '"date" is written as one date, "2026-02-30"; it is given in parts',
  ],
  [
    'spaces after the opening dashes',
    (d) => edit(d, 'articles/brief.md', /^---\n/, '--- \n'),
    'articles/brief.md:1',
    'has spaces or tabs after its dashes',
  ],
  [
    'a misspelt field, which would otherwise be dropped without a word',
    (d) => edit(d, 'people/delegate.md', 'kind: role', 'kind: role\ncorection: the role'),
    'people/delegate.md:4',
    'unknown field "corection"',
  ],
  [
    'a field left empty after its colon',
    (d) => edit(d, 'people/delegate.md', 'role: Attends the talks', 'role:'),
    'people/delegate.md:4',
    '"role" is empty',
  ],
  [
    'Markdown in a line of frontmatter, which would show as typed',
    (d) => edit(d, 'articles/brief.md', 'dek: A fixture article.', 'dek: A *fixture* article [@report#s1].'),
    'articles/brief.md:3',
    'has Markdown in it',
  ],
  [
    'a missing required field',
    (d) => edit(d, 'articles/brief.md', /^dek: .*\n/m, ''),
    'articles/brief.md:2',
    'the required field "dek" is missing',
  ],
  [
    'a missing field with a set of allowed values',
    (d) => edit(d, 'people/delegate.md', /^kind: .*\n/m, ''),
    'people/delegate.md:2',
    'the required field "kind" is missing',
  ],
  [
    'a wrong type',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: first'),
    'articles/brief.md:4',
    '"order" should be a number',
  ],
  [
    'an unknown topic',
    (d) => edit(d, 'articles/brief.md', 'topics: [overview]', 'topics: [weather]'),
    'articles/brief.md:6',
    'use one of: overview',
  ],
  [
    'a malformed date',
    (d) => edit(d, 'articles/brief.md', 'updated: 2026-11-22', 'updated: 22/11/2026'),
    'articles/brief.md:5',
    'YYYY-MM-DD',
  ],
  [
    'a question linked to a section its article does not have',
    (d) => edit(d, 'questions/where.md', 'article:brief#where-are-the-talks', 'article:brief#where-is-it'),
    'questions/where.md:4',
    '"link" names the section "#where-is-it", which content/articles/brief.md does not have',
  ],
  [
    'an edit dated in the future',
    (d) => edit(d, 'articles/brief.md', 'updated: 2026-11-22', 'updated: 2099-11-22'),
    'articles/brief.md:5',
    '"updated": 2099-11-22 is in the future',
  ],
  [
    'changes listed oldest first',
    (d) =>
      edit(
        d,
        'articles/brief.md',
        'updated: 2026-11-22\n',
        'updated: 2026-11-22\nchanges:\n  - date: 2026-11-01\n    text: First published.\n' +
          '  - date: 2026-11-22\n    text: Sources checked again.\n',
      ),
    'articles/brief.md:9',
    '2026-11-22 is newer than the change above it (2026-11-01), but changes are listed newest first',
  ],
  [
    'a correction dated in the future',
    (d) =>
      edit(
        d,
        'articles/brief.md',
        'updated: 2026-11-22\n',
        'updated: 2026-11-22\ncorrections:\n  - date: 2999-01-02\n    wrong: It said so.\n    right: It did not.\n',
      ),
    'articles/brief.md:7',
    '"corrections.0.date": 2999-01-02 is in the future',
  ],
  [
    'a date that is neither text nor a date',
    (d) => edit(d, 'articles/brief.md', 'updated: 2026-11-22', 'updated: 20261122'),
    'articles/brief.md:5',
    '"updated" should be a string, but it is 20261122',
  ],
  [
    'a headline of spaces',
    (d) => edit(d, 'articles/brief.md', /^title: .*$/m, 'title: "   "'),
    'articles/brief.md:2',
    '"title" is empty',
  ],
  [
    'a list where a set of fields belongs',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'date: [2, 31]'),
    'timeline/talks.md:4',
    '"date" should be an object',
  ],
  [
    'an impossible date',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'date:\n  month: 2\n  day: 31'),
    'timeline/talks.md:4',
    'February 31 does not exist',
  ],
  [
    'malformed YAML',
    (d) => edit(d, 'glossary/talks.md', 'term: talks', 'term: "talks'),
    'glossary/talks.md:2',
    'not valid YAML',
  ],
  [
    'a missing closing ---',
    (d) => edit(d, 'people/delegate.md', 'role: Attends the talks\n---', 'role: Attends the talks\n'),
    'people/delegate.md:1',
    'no closing "---"',
  ],
  [
    'a duplicate id across files',
    (d) => {
      mkdirSync(join(d, 'glossary/more'));
      copyFileSync(join(d, 'glossary/talks.md'), join(d, 'glossary/more/talks.md'));
    },
    'glossary/talks.md',
    'the id "talks" is already used by',
  ],
  [
    'a people reference to nothing',
    (d) => edit(d, 'timeline/talks.md', 'people: [delegate]', 'people: [delegate, nobody]'),
    'timeline/talks.md:5',
    'names "nobody", but there is no content/people/nobody.md',
  ],
  [
    'an empty article',
    (d) =>
      writeFileSync(
        join(d, 'articles/empty.md'),
        '---\ntitle: Empty\ndek: Nothing here.\norder: 2\nupdated: 2026-11-22\ntopics: [overview]\n---\n\n',
      ),
    'articles/empty.md:7',
    'the file has no article after its frontmatter',
  ],
  [
    'an unknown field',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'relative: soon\ndate:\n  month: 4\n  weekday: 3'),
    'timeline/talks.md:7',
    'unknown field "weekday"',
  ],
  [
    'a field given twice, which YAML calls "Map keys must be unique"',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: 1\ntitle: The brief again'),
    'articles/brief.md:5',
    '"title" is given twice (first on line 2)',
  ],
  [
    '"draft: true", as other site tools mark a draft',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: 1\ndraft: true'),
    'articles/brief.md:5',
    'a draft here is a file whose name starts with "_"',
  ],
  [
    'an empty file',
    (d) => writeFileSync(join(d, 'glossary/ceasefire.md'), '\n'),
    'glossary/ceasefire.md:1',
    'the file is empty',
  ],
  [
    'frontmatter written as a list',
    (d) => edit(d, 'glossary/talks.md', 'term: talks', '- term: talks'),
    'glossary/talks.md:2',
    'the frontmatter is a list',
  ],
  [
    'a person named by part of their id',
    (d) => edit(d, 'timeline/talks.md', 'people: [delegate]', 'people: [delegates]'),
    'timeline/talks.md:5',
    'did you mean "delegate"?',
  ],
  [
    'a question with no answer, named as the answer it lacks',
    (d) => edit(d, 'questions/where.md', /\nIn London.*\n$/, '\n'),
    'questions/where.md:5',
    'the file has no answer after its frontmatter',
  ],
  [
    'a number in quotation marks',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: "1"'),
    'articles/brief.md:4',
    'without quotation marks: order: 1',
  ],
  [
    'a day with no month, with the fix',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'date:\n  day: 21'),
    'timeline/talks.md:4',
    'add the month the cited sentence gives',
  ],
  [
    'a position that is not a whole number',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: 1.5'),
    'articles/brief.md:4',
    '"order" should be a whole number, but it is 1.5',
  ],
  [
    'an empty list of topics',
    (d) => edit(d, 'articles/brief.md', 'topics: [overview]', 'topics: []'),
    'articles/brief.md:6',
    '"topics" is an empty list',
  ],
  [
    'an item of "changes" written as a line of words',
    (d) =>
      edit(d, 'articles/brief.md', 'updated: 2026-11-22\n', 'updated: 2026-11-22\nchanges:\n  - 2026-11-22 First.\n'),
    'articles/brief.md:7',
    'item 1 of "changes" should be a set of fields',
  ],
];

describe('the content linter', () => {
  it('finds nothing wrong with the fixture site', () => {
    expect(lintContent(copyFixture('mini-site'), MARKDOWN_COLLECTIONS)).toEqual([]);
  });
  it.each(LINT_CASES)('reports %s', (_name, breakIt, where, problem) => {
    const dir = copyFixture('mini-site');
    breakIt(dir);
    const errors = lintContent(dir, MARKDOWN_COLLECTIONS);
    expect(errors.length, errors.map((e) => e.message).join('\n')).toBeGreaterThan(0);
    const error = errors.find((e) => e.message.includes(problem)) ?? errors[0];
    expectReport(error, where, problem);
  });
  it("reports a question's link of another kind once, as the link it should be", () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'questions/where.md', 'link: article:brief#where-are-the-talks', 'link: compare:brief');
    const errors = lintContent(dir, MARKDOWN_COLLECTIONS);
    expect(errors.map((e) => `${e.line} ${e.problem}`)).toEqual([
      '4 "link": write the link as article:slug#section-id (it is "compare:brief").',
    ]);
  });
  it.each(['2027-13-01', '2026-11-31', '27-01-01'])(
    'reports an edit date %s once, not also as in the future',
    (date) => {
      const dir = copyFixture('mini-site');
      edit(dir, 'articles/brief.md', 'updated: 2026-11-22', `updated: ${date}`);
      const errors = lintContent(dir, MARKDOWN_COLLECTIONS);
      expect(errors.map((e) => e.problem)).toHaveLength(1);
      expectReport(
        errors[0],
        'articles/brief.md:5',
        date.length === 10 ? 'this date does not exist on the calendar' : 'write the date as YYYY-MM-DD',
      );
    },
  );
});

/** Renders a content file as Astro does: the body without its frontmatter, with the file's URL. */
async function renderFile(dir: string, file: string): Promise<ContentError | undefined> {
  const path = join(dir, file);
  const { content, frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
  const renderer = await explainerMarkdown({ contentDir: dir, base: '/' }).createRenderer({} as never);
  return renderer.render(content, { fileURL: pathToFileURL(path), frontmatter }).then(
    () => undefined,
    (e: unknown) => e as ContentError,
  );
}

const RENDER_CASES: Case[] = [
  [
    'an unknown citation source',
    (d) => edit(d, 'articles/brief.md', '[@report#s2]', '[@reprot#s2]'),
    'articles/brief.md:11',
    'names the source "reprot", which does not exist',
  ],
  [
    'a sentence that does not exist',
    (d) => edit(d, 'glossary/talks.md', '[@report#s2]', '[@report#s12]'),
    'glossary/talks.md:5',
    'has sentences s1 to s5',
  ],
  [
    'an article link to a section it does not have',
    (d) => edit(d, 'articles/brief.md', '(glossary:talks)', '(article:brief#where-is-london)'),
    'articles/brief.md:11',
    'names a section that content/articles/brief.md does not have',
  ],
  [
    'a section in a link to an entry that has none',
    (d) => edit(d, 'articles/brief.md', '(glossary:talks)', '(glossary:talks#where)'),
    'articles/brief.md:11',
    'the link "glossary:talks#where" names a section, but only an article has sections',
  ],
  [
    'a glossary link to nothing',
    (d) => edit(d, 'articles/brief.md', '(glossary:talks)', '(glossary:walks)'),
    'articles/brief.md:11',
    'content/glossary/walks.md, which does not exist',
  ],
  [
    'a heading id collision',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Where are the talks?'),
    'articles/brief.md:13',
    'repeats the one on line 9',
  ],
  [
    'a heading that takes a layout id',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Main'),
    'articles/brief.md:13',
    'the page layout already uses',
  ],
  [
    'a heading that skips a level',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '#### Who is there?'),
    'articles/brief.md:13',
    'is level 4 (#### …) after a level 2 heading, so it skips a level',
  ],
  [
    "an article's first heading below level 2",
    (d) => edit(d, 'articles/brief.md', '## Where are the talks?', '### Where are the talks?'),
    'articles/brief.md:9',
    "is level 3 (### …) under the page's title",
  ],
  [
    'a level-1 heading in a body',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '# Who is there?'),
    'articles/brief.md:13',
    "the level of the page's own title",
  ],
  [
    'raw HTML',
    (d) => edit(d, 'articles/brief.md', 'A [delegate]', '<script>alert(1)</script>\n\nA [delegate]'),
    'articles/brief.md:15',
    'raw HTML is not allowed',
  ],
  [
    'a javascript: link',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(javascript:alert(1))'),
    'articles/brief.md:15',
    'uses a script or data URL',
  ],
  [
    'an entry link with its kind capitalised',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(People:delegate)'),
    'articles/brief.md:15',
    'the link "People:delegate" is neither a web address nor an entry link the site resolves',
  ],
  [
    'an entry link in a reference definition',
    (d) =>
      edit(
        d,
        'articles/brief.md',
        /\[delegate\]\(people:delegate\)([\s\S]*)$/,
        '[delegate][d]$1\n[d]: people:delegate\n',
      ),
    'articles/brief.md:19',
    'the link "people:delegate" is neither a web address nor an entry link the site resolves',
  ],
  [
    'an image',
    (d) => edit(d, 'articles/brief.md', 'A [delegate]', '![A portrait](portrait.jpg) A [delegate]'),
    'articles/brief.md:15',
    'an image: the site publishes text only',
  ],
  [
    'a paragraph indented by four spaces, a code block',
    (d) => edit(d, 'articles/brief.md', 'A [delegate]', '    A [delegate]'),
    'articles/brief.md:15',
    'a code block (a line indented by four spaces',
  ],
  [
    'a link with a space between "]" and "(", printed as typed',
    (d) => edit(d, 'articles/brief.md', '[delegate](people:delegate)', '[delegate] (people:delegate)'),
    'articles/brief.md:15',
    '"[delegate] (people:delegate)" is not read as a link',
  ],
  [
    'a link with a space inside its brackets, beside a citation',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(people: delegate)'),
    'articles/brief.md:15',
    '"[delegate](people: delegate)" is not read as a link',
  ],
  [
    'an address without https://',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(www.example.org/talks)'),
    'articles/brief.md:15',
    'the link "www.example.org/talks" has no "https://"',
  ],
  [
    "a path to an entry's file",
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(../people/delegate.md)'),
    'articles/brief.md:15',
    'link the entry itself: [words](people:delegate)',
  ],
  [
    'a link with no address',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '()'),
    'articles/brief.md:15',
    'the link has no address',
  ],
  [
    'a citation in a heading',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Who is there? [@report#s1]'),
    'articles/brief.md:13',
    'the heading cites [@report#s1]',
  ],
  [
    "an editor's note whose label is not in bold",
    (d) => edit(d, 'articles/brief.md', "> **Editor's note:**", "> Editor's note:"),
    'articles/brief.md:17',
    's note:", but not as the note\'s label, so it would be shown as a quotation',
  ],
  [
    'an entry link with a capital letter',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(people:Delegate)'),
    'articles/brief.md:15',
    'did you mean "people:delegate"?',
  ],
  [
    'a heading with no letters or digits',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## ? !'),
    'articles/brief.md:13',
    'the heading "? !" has no letters or digits',
  ],
];

describe('the Markdown processor', () => {
  it.each(RENDER_CASES)('reports %s', async (_name, breakIt, where, problem) => {
    const dir = copyFixture('mini-site');
    breakIt(dir);
    expectReport(await renderFile(dir, where.split(':')[0]!), where, problem);
  });
});

describe('the content check', () => {
  it("reports a heading that skips a level, and takes an entry's first heading at the level it is", async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'articles/brief.md', '## Who is there?', '#### Who is there?');
    // Under its term's heading on the glossary page, a level-3 heading is the next level down.
    edit(dir, 'glossary/talks.md', 'Meetings to negotiate', '### In short\n\nMeetings to negotiate');
    const found = (await checkContent(dir)).map(
      (e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`,
    );
    expect(found).toEqual([expect.stringMatching(/^articles\/brief\.md:13 .*is level 4 .*skips a level/)]);
  });

  it("reports a comparison row's link to an article that is not there, or to a section its article lacks", async () => {
    const dir = copyFixture('compare-site');
    const found = async () =>
      (await checkContent(dir)).map((e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`);
    edit(dir, 'comparison/where.md', 'see: article:brief#where-are-the-talks', 'see: article:brief#where-is-it');
    expect(await found()).toEqual([
      'comparison/where.md:5 "see" names the section "#where-is-it", which content/articles/brief.md does not have.',
    ]);
    edit(dir, 'comparison/where.md', 'see: article:brief#where-is-it', 'see: article:brif');
    expect(await found()).toEqual([
      'comparison/where.md:5 "see" names "brif", but there is no content/articles/brif.md.',
    ]);
  });

  it('refuses a source text that is not the one its metadata recorded, and a digest that is not one', async () => {
    const dir = copyFixture('mini-site');
    const found = async () =>
      (await checkContent(dir)).map((e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`);
    const txt = join(dir, 'sources/report.txt');
    const yaml = join(dir, 'sources/report.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}sha256: ${textDigest(txt)}\n`);
    expect(await found()).toEqual([]);
    writeFileSync(txt, readFileSync(txt, 'utf8').replace('London', 'Paris'));
    expect(await found()).toEqual([
      'sources/report.txt:undefined the text is not the one recorded in ' +
        `${relative(process.cwd(), yaml)} ("sha256"): a source is kept verbatim, as it was published.`,
    ]);
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/sha256: .*/, 'sha256: "1234"'));
    expect((await found()).join('\n')).toMatch(/report\.yaml:\d+ "sha256": write the 64 hexadecimal digits/);
  });

  it('reports a range past the end of its source once, and what a citation not read likely meant', async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'articles/brief.md', '@report#s3-s4]', '@report#s3-s9]');
    edit(dir, 'glossary/talks.md', '[@report#s2]', '[@report#S2]');
    const found = (await checkContent(dir)).map(
      (e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`,
    );
    expect(found).toEqual([
      'articles/brief.md:15 the citation "@report#s3-s9" points at sentences s6 to s9, but "report" has sentences s1 ' +
        'to s5.',
      expect.stringMatching(/^glossary\/talks\.md:5 the citation \[@report#S2\] cannot be read: .*lower case/),
    ]);
  });

  it('names a file the site would not read, which an editor saved for publication', async () => {
    const dir = copyFixture('mini-site');
    renameSync(join(dir, 'glossary/talks.md'), join(dir, 'glossary/talks.MD'));
    writeFileSync(join(dir, 'people/notes.markdown'), 'Notes.\n');
    const errors = await checkContent(dir);
    const unread = errors.filter((e) => e.problem.startsWith('the site does not read this file'));
    expect(unread.map((e) => [e.file.split('/').slice(-2).join('/'), e.fix])).toEqual([
      ['glossary/talks.MD', expect.stringContaining('rename it to talks.md')],
      ['people/notes.markdown', expect.stringContaining('rename it to notes.md')],
    ]);
  });

  it("reports a source .yaml with a key given twice once, at the second, naming the first's line", async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'sources/report.yaml', 'outlet: Not named', 'outlet: Not named\noutlet: Unknown');
    const found = (await checkContent(dir)).map(
      (e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`,
    );
    expect(found).toEqual([
      'sources/report.yaml:3 the YAML cannot be read: "outlet" is given twice (first on line 2).',
    ]);
  });

  it('reports the citations of a source that does not exist once a file, with their lines', async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'articles/brief.md', /@report#/g, '@reprot#');
    const found = (await checkContent(dir)).map((e) => `${e.line} ${e.problem}`);
    expect(found).toEqual([
      '11 the citation "@reprot#s2" names the source "reprot", which does not exist (and 3 more citations of it in ' +
        'this file, on lines 15, 17).',
    ]);
  });

  it('names a source .yaml whose text was renamed, and the text it was likely renamed to', async () => {
    const dir = copyFixture('mini-site');
    renameSync(join(dir, 'sources/report.txt'), join(dir, 'sources/wire.txt'));
    const errors = (await checkContent(dir)).filter((e) => e.file.endsWith('report.yaml'));
    expect(errors.map((e) => e.problem)).toEqual([
      'there is no source text report.txt beside this file (wire.txt has no .yaml: was the text renamed?), so ' +
        'citations of "report" fail.',
    ]);
  });

  it('reports every mistake in one file, each with its line', async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'articles/brief.md', '[@report#s2]', '[@reprot#s2]');
    edit(dir, 'articles/brief.md', '(people:delegate)', '(people:nobody)');
    edit(dir, 'articles/brief.md', '[@report#s3]', '[@report#s12] [@report s1]');
    const errors = (await checkContent(dir)).filter((e) => e.file.endsWith('articles/brief.md'));
    const found = errors.map((e) => `${e.line} ${e.problem}`).sort();
    expect(found).toEqual([
      expect.stringMatching(/^11 .*names the source "reprot"/),
      expect.stringMatching(/^15 the link "people:nobody"/),
      expect.stringMatching(/^17 .*points at sentence s12/),
      expect.stringMatching(/^17 the citation \[@report s1\] cannot be read/),
    ]);
  });
});

describe('source texts', () => {
  const read = (dir: string) => {
    try {
      readSourceText('report', join(dir, 'sources/report.txt'), 'sources/report.txt');
    } catch (e) {
      return e as ContentError;
    }
    return undefined;
  };
  it('refuses an empty source file', () => {
    const dir = copyFixture('mini-site');
    writeFileSync(join(dir, 'sources/report.txt'), '');
    expectReport(read(dir), 'sources/report.txt', 'the source text is empty');
  });
  it('refuses a source file that is not UTF-8', () => {
    const dir = copyFixture('mini-site');
    writeFileSync(join(dir, 'sources/report.txt'), Buffer.from([0x54, 0x61, 0x6c, 0x6b, 0xe9, 0x73, 0x2e]));
    expectReport(read(dir), 'sources/report.txt', 'not valid UTF-8');
  });
});
