/**
 * What a cache of derived facts was made with: the layout of its record and the code that derives them
 * (code-digest.ts). A record made otherwise is stale as a whole.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { codeDigest } from './code-digest.ts';

/** `code`: the module that derives the facts (with all it imports and runs on). */
export const madeWith = (layout: number, code: URL): string =>
  createHash('sha1')
    .update(`${layout}\0${codeDigest(fileURLToPath(code))}`)
    .digest('base64url');
