import type { VFile } from 'vfile';
import { readContentFile } from '../content/content-file.ts';

/**
 * Astro hands Markdown plugins the body without its frontmatter; editors count
 * lines from the top of the file. This is the number of lines to add.
 */
export function bodyLineOffset(file: VFile): number {
  // Both our remark and rehype plugins ask; the answer is kept on the file.
  const known = file.data.bodyLineOffset;
  if (typeof known === 'number') return known;
  const offset = readOffset(file);
  file.data.bodyLineOffset = offset;
  return offset;
}

function readOffset(file: VFile): number {
  if (!file.path) return 0;
  try {
    const full = readContentFile(file.path).text ?? '';
    const body = String(file.value).replace(/\r\n/g, '\n');
    if (full === body || body.trim() === '') return 0;
    const at = full.indexOf(body);
    return at > 0 ? (full.slice(0, at).match(/\n/g)?.length ?? 0) : 0;
  } catch {
    return 0;
  }
}
