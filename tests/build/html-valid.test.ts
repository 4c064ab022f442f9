/** Every built page is valid HTML: zero errors from html-validate and from the W3C Nu HTML Checker. */
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { listHtml } from '../../src/publish/built-site.ts';
import { ROOT } from '../helpers/build-site.ts';
import { nuCheck } from '../helpers/nu-checker.ts';

describe('html-validate', () => {
  it('finds no error on any page', async () => {
    // The same rules as `npx html-validate "dist/**/*.html"` (.htmlvalidate.json).
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const files = listHtml(inject('siteDir'));
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file.replace(inject('siteDir'), ''));
      for (const r of report.results)
        for (const m of r.messages)
          if (m.severity === 2) problems.push(`${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any page, at the root or under a sub-path', () => {
    const files = [...listHtml(inject('siteDir')), ...listHtml(inject('subSiteDir'))];
    expect(files.length).toBeGreaterThan(20);
    const problems = nuCheck(files).map((m) => `${m.url}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('reports what it finds (so a clean report means something)', () => {
    // A yearless date in datetime and a script after </html>: the two faults it once found on this site.
    const bad = join(mkdtempSync(join(tmpdir(), 'explainer-nu-')), 'bad.html');
    writeFileSync(
      bad,
      '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
        '<p><time datetime="--04-21">21 April</time></p></body></html><script src="x.js"></script>',
    );
    const messages = nuCheck([bad]).map((m) => m.message);
    expect(messages.some((m) => m.includes('“--04-21”'))).toBe(true);
    expect(messages.some((m) => /Stray start tag “script”/.test(m))).toBe(true);
  }, 60_000);
});
