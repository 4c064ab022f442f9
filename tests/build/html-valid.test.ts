/** Every built page is valid HTML (html-validate, recommended rules): zero errors. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { listHtml } from '../../src/publish/built-site.ts';
import { ROOT } from '../helpers/build-site.ts';

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
