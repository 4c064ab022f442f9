/**
 * The faithfulness rules of tests/build/faithfulness.test.ts, for prose on
 * the newer pages (comparison cells, track descriptions): our own words
 * (no run of six words copied from one source sentence outside quotation
 * marks), quotation marks only around words the sources contain, and no
 * number the sources do not contain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { ROOT } from './build-site.ts';
import { splitSource } from '../../src/content/sentences.ts';

const dir = join(ROOT, 'content/sources');
const sourceText = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
const words = (s: string) =>
  norm(s)
    .replace(/[^a-z0-9' ]/g, ' ')
    .split(' ')
    .filter(Boolean);
const RUN = 6;
const grams = new Set<string>();
for (const sentence of splitSource(sourceText).paragraphs.flatMap((p) => p.sentences)) {
  const w = words(sentence.text);
  for (let i = 0; i + RUN <= w.length; i++) grams.add(w.slice(i, i + RUN).join(' '));
}
const numbers = new Set(sourceText.match(/\d+/g) ?? []);

/** Our own words in an element: citations, previews and anchor labels removed. */
export function ownText(el: Cheerio<AnyNode>): string {
  const c = el.clone();
  c.find('.cite-link, .anchor-link, .visually-hidden').remove();
  return c.text().replace(/\s+/g, ' ').trim();
}

/** What is wrong with a block of our prose, if anything. */
export function faithfulnessProblems(text: string): string[] {
  const problems: string[] = [];
  const source = norm(sourceText);
  for (const m of text.matchAll(/[“"]([^”"]{3,})[”"]/g)) {
    if (!source.includes(norm(m[1]!).replace(/[,.]$/, '')))
      problems.push(`quotes "${m[1]}", which is not in the sources`);
  }
  for (const n of text.match(/\d+/g) ?? [])
    if (!numbers.has(n)) problems.push(`has the number ${n}, which the sources do not`);
  for (const segment of text.split(/[“"][^”"]*[”"]/g)) {
    const w = words(segment);
    for (let i = 0; i + RUN <= w.length; i++) {
      if (grams.has(w.slice(i, i + RUN).join(' '))) {
        problems.push(`copies "${w.slice(i, i + RUN).join(' ')}" from a source`);
        break;
      }
    }
  }
  return problems;
}

/** Every problem in the paragraphs and list items matched by `selector`, labelled with where it is. */
export function pageProblems($: CheerioAPI, selector: string, where: string): string[] {
  const out: string[] = [];
  $(selector).each((_, el) => {
    const text = ownText($(el));
    for (const p of faithfulnessProblems(text)) out.push(`${where}: "${text.slice(0, 50)}…" ${p}`);
  });
  return out;
}
