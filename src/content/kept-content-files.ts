/**
 * What the last build read of each content file, kept in the build cache by the file's stamp
 * (src/build/file-stamp.ts): a rebuild takes an unchanged file's frontmatter from here instead of reading and
 * parsing the file again, and reads its text only if something asks for it (content-file.ts). On a large site
 * parsing every file's frontmatter was most of a rebuild's content check.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { madeWith } from '../build/made-with.ts';
import { writeWhole } from '../build/write-whole.ts';

/** A file's record without its text: what the content check and index read of every file. */
export interface KeptContentFile {
  data: unknown;
  bodyLine: number;
  /** A digest of the body (the content check's key for a body that passed). */
  bodyDigest: string;
  /** Whether the body holds nothing but blank lines and comments. */
  bodyBlank: boolean;
}

export const bodyDigestOf = (body: string): string => createHash('sha256').update(body).digest('base64url');

// What else decides a record: the code that parses a file (and the record's layout). Worked out when a build
// keeps records, not on import: the pages' bundle imports content-file.ts too.
let made: string | undefined;
const madeWithNow = () => (made ??= madeWith(1, new URL('./content-file.ts', import.meta.url)));

export class KeptContentFiles {
  private readonly file: string;
  private readonly last = new Map<string, [stamp: string, kept: KeptContentFile]>();
  private readonly now = new Map<string, [stamp: string, kept: KeptContentFile]>();
  private changed = false;

  /** `file`: where the records are kept; none, or an unreadable one, means every file is read. */
  constructor(file: string) {
    this.file = file;
    try {
      const { made: last, files } = JSON.parse(readFileSync(file, 'utf8')) as {
        made: string;
        files: Array<[path: string, stamp: string, kept: KeptContentFile]>;
      };
      if (last === madeWithNow()) for (const [path, stamp, kept] of files) this.last.set(path, [stamp, kept]);
    } catch {
      // No earlier build, or an unreadable record.
    }
  }

  /** The record of the file at `path` with this stamp, if the last build kept one. */
  get(path: string, stamp: string): KeptContentFile | undefined {
    const last = this.last.get(path);
    if (last?.[0] !== stamp) return undefined;
    this.now.set(path, last);
    return last[1];
  }

  set(path: string, stamp: string, kept: KeptContentFile): void {
    this.now.set(path, [stamp, kept]);
    this.changed = true;
  }

  /** Keeps the records of the files read in this build, unless they are the last build's. */
  save(): void {
    if (!this.changed && this.now.size === this.last.size) return;
    const files = [...this.now].map(([path, [stamp, kept]]) => [path, stamp, kept]);
    writeWhole(this.file, JSON.stringify({ made: madeWithNow(), files }));
  }
}
