import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixture.ts';
import { join, relative } from 'node:path';
import { brokenLinkSources } from '../../src/publish/broken-link-source.ts';

let dir = '';
const folderWith = tempFolders('link-source-');
/** A content folder holding `files` (path → text). */
const content = (files: Record<string, string>): string => (dir = folderWith(files));

const shown = (file: string, line: number) => `${relative(process.cwd(), join(dir, file))}:${line}`;
const broken = (page: string, href: string) => ({ page, href, problem: 'points at #x, which is not on methods/' });

describe('where a broken link was written', () => {
  const article = '---\ntitle: A\n---\n\nIntro.\n\nSee [the part](/methods/#gone) for more.\n';

  it('names the file and line of the entry of the page it broke on, in its edition', () => {
    const folder = content({
      'articles/a.md': article,
      'articles/b.md': article,
      'uk/articles/a.md': `---\ntitle: А\n---\n\nВступ.\n\nІнше.\n\nДив. [частину](/methods/#gone).\n`,
    });
    const [en, uk] = [broken('articles/a/', '/methods/#gone'), broken('uk/articles/a/', '/methods/#gone')];
    const found = brokenLinkSources(folder, '/', [en, uk]);
    expect(found.get(en)).toBe(shown('articles/a.md', 7));
    expect(found.get(uk)).toBe(shown('uk/articles/a.md', 9));
  });

  it('finds a link written without the base the site is served under, in any file if not in the page’s own', () => {
    const folder = content({
      'pages/methods.md': '# M\n',
      'glossary/t.md': '---\nterm: T\n---\n\n<a href="/methods/#gone">x</a>\n',
    });
    const link = broken('glossary/', '/explainer/methods/#gone');
    expect(brokenLinkSources(folder, '/explainer/', [link]).get(link)).toBe(shown('glossary/t.md', 5));
  });

  it('names no file for a link no content file holds whole (a template made it)', () => {
    const folder = content({ 'articles/a.md': article });
    const link = broken('articles/a/', '/methods/');
    expect(brokenLinkSources(folder, '/', [link]).has(link)).toBe(false);
  });
});
