/**
 * Reads a verbatim source text from disk, refusing what cannot be shown
 * faithfully (empty, not UTF-8), and splits it into numbered sentences.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { splitSource, type Paragraph, type Sentence } from './sentences.ts';
import { strayControl } from './control-chars.ts';

export interface SourceText {
  id: string;
  /** The file's text, byte-for-byte as stored. */
  text: string;
  lead: string;
  paragraphs: Paragraph[];
  /** Every sentence by id (`s1`…). */
  sentences: Map<string, Sentence>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSourceText(id: string, file: string, displayPath = file): SourceText {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError({
      file: displayPath,
      problem: 'the source text is not valid UTF-8, so it cannot be shown verbatim.',
      fix: 'save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`), without changing its words.',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const stray = strayControl(text);
  if (stray) {
    throw new ContentError({
      file: displayPath,
      line: stray.line,
      problem: `the source text holds an invisible control character (${stray.code}), left by a tool, not the source.`,
      fix: 'delete that one character (show invisible characters in your editor); change nothing else.',
    });
  }
  if (text.trim() === '') {
    throw new ContentError({
      file: displayPath,
      problem: 'the source text is empty.',
      fix: 'paste the source text, unchanged, into the file, or remove the source and its .yaml.',
    });
  }
  const split = splitSource(text);
  const sentences = new Map<string, Sentence>();
  for (const p of split.paragraphs) for (const s of p.sentences) sentences.set(s.id, s);
  return { id, text, lead: split.lead, paragraphs: split.paragraphs, sentences };
}

/** A source text's SHA-256, of its bytes as stored: what its metadata's `sha256` records. */
export const textDigest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
