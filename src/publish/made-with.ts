/**
 * What a cache of derived facts was made with: the layout of its record, the source files of the code that
 * derives them and the versions of the packages it uses. A record made otherwise is stale as a whole.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packageVersion } from '../package-version.ts';

export function madeWith(layout: number, sources: URL[], packages: string[]): string {
  const hash = createHash('sha1').update(String(layout));
  for (const source of sources) hash.update('\0').update(readFileSync(source));
  for (const name of packages) hash.update('\0').update(packageVersion(name));
  return hash.digest('base64url');
}
