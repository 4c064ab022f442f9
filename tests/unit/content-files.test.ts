/**
 * Which files make up a collection (src/content/files.ts), as the README tells editors: a name starting with "_"
 * is a draft, left out with all it holds; other folders are only for the editor's own order.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryIdOf, markdownFiles } from '../../src/content/files.ts';
import { writeFiles } from '../helpers/fixture.ts';

describe('a collection’s files', () => {
  it('leave out drafts (a file or folder named with "_") and hidden files, and read other folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-files-'));
    writeFiles(dir, {
      'talks.md': '',
      '_sanctions.md': '',
      '_drafts/envoy.md': '',
      'drafts/crimea.md': '',
      '.hidden.md': '',
      'notes.txt': '',
    });
    expect(markdownFiles(dir)).toEqual(['drafts/crimea.md', 'talks.md']);
    expect(markdownFiles(dir).map(entryIdOf)).toEqual(['crimea', 'talks']);
  });
});
