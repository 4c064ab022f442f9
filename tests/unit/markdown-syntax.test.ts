import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast } from 'satteri';
import { needsMicromark, parseMarkdown, parseWithMicromark } from '../../src/markdown/syntax.ts';

const markdownIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));

/** The body as the site parses it: the frontmatter's lines left blank. */
const bodyOf = (file: string) =>
  readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, (m) => m.replace(/[^\n]/g, ''));

const satteriAlone = (markdown: string) => markdownToMdast(markdown, { features: { frontmatter: false } });

/** Every construct our content may use, and some it should not, in one document. */
const CONSTRUCTS = `# Heading with *emphasis*, **strong** and \`code\`

A paragraph citing [@bloomberg-us-role#s3-s5; @kyiv-delegation#s2] and linking [a term](glossary:ceasefire).
Hard break at the end of this line  
and a \\* literal asterisk, &amp; an entity, &copy; another, “curly” and "straight" quotes -- dashes...

Текст українською з *наголосом* і «лапками» [@kyiv-delegation#s7].

> **Editor's note:** a quote with [a link](/sources/kyiv-delegation/#s3 "with a title") and ![an image](a.png).

1. one
2. two
   - nested under two
- [not a task](x) item

| Claim | Source |
|:--|--:|
| a \\| b | [@kyiv-delegation#s1] |

Text with ~~strikethrough~~, ~one tilde~ and a footnote[^1].

[^1]: The footnote's text.

[ref]: /sources/ "Sources"
Use [ref], [text][ref], [missing] and [^missing].

<div>raw HTML</div> and <span>inline HTML</span>

\`\`\`js
fenced code
\`\`\`

***

Setext heading
==============
`;

describe('parseMarkdown', () => {
  it('gives micromark’s tree, positions included, for every Markdown file in the content and the fixtures', () => {
    const files = [...markdownIn('content'), ...markdownIn('tests/fixtures')];
    expect(files.length).toBeGreaterThan(100);
    let fast = 0;
    for (const file of files) {
      const body = bodyOf(file);
      expect(parseMarkdown(body), file).toEqual(parseWithMicromark(body));
      if (!needsMicromark(body)) fast += 1;
    }
    // Nearly every file takes the fast path, so the comparison above is of two parsers, not one with itself.
    expect(fast / files.length).toBeGreaterThan(0.9);
  });

  it('gives micromark’s tree for every construct of our syntax, with either line ending', () => {
    for (const doc of [CONSTRUCTS, CONSTRUCTS.replace(/\n/g, '\r\n')]) {
      expect(needsMicromark(doc)).toBe(false);
      const tree = parseMarkdown(doc);
      expect(tree).toEqual(parseWithMicromark(doc));
      const types = new Set<string>();
      const walk = (n: { type: string; children?: unknown[] }) => {
        types.add(n.type);
        n.children?.forEach((c) => walk(c as never));
      };
      walk(tree);
      for (const type of ['table', 'footnoteReference', 'footnoteDefinition', 'delete', 'definition', 'html', 'code'])
        expect(types, type).toContain(type);
    }
  });

  it('leaves to micromark the texts the fast parser reads otherwise', () => {
    const differing = [
      'A bare address https://example.com/x stays text.',
      'So does www.example.com, and so does mail@example.com.',
      '- [ ] an unchecked box stays text\n- [X] so does a checked one',
      '  -\n---\n    indented code\n    in one block',
      '>\n## Heading\n    code\n    continued',
    ];
    for (const doc of differing) {
      expect(needsMicromark(doc), doc).toBe(true);
      // Why the fallback exists: the fast parser alone makes another tree of each.
      expect(satteriAlone(doc), doc).not.toEqual(parseWithMicromark(doc));
      expect(parseMarkdown(doc), doc).toEqual(parseWithMicromark(doc));
    }
  });

  it('agrees with micromark on content lines mixed and mutated at random', () => {
    const lines = markdownIn('content').flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    const marks = [
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '\\',
      '&',
      '#',
      '|',
      '~',
      '^',
      '"',
      '-',
      '+',
      '1.',
    ];
    const more = [...marks, ':', '**', '~~', '[^1]', '](x)', '&amp;', '<b>', '<!--', '\t', '  \n', '\r\n', '\n', '„'];
    let seed = 20261205;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let fast = 0;
    for (let i = 0; i < 1500; i++) {
      let doc = Array.from({ length: 1 + next(6) }, () => lines[next(lines.length)]!).join(next(2) ? '\n' : '\n\n');
      for (let m = next(8); m > 0; m--) {
        const at = next(doc.length + 1);
        doc = doc.slice(0, at) + more[next(more.length)] + doc.slice(at + next(2));
      }
      if (needsMicromark(doc)) continue;
      expect(satteriAlone(doc), JSON.stringify(doc)).toEqual(parseWithMicromark(doc));
      fast += 1;
    }
    // Most of them take the fast way (how many moves a little with the content's lines).
    expect(fast).toBeGreaterThan(850);
  });
});
