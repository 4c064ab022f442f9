/**
 * A rule's pattern, compiled once per thread: every sentence of the site is matched against the same few. The
 * shared expression is used with matchAll (which copies it) or without the global flag, so no search leaves a
 * position behind in it.
 */
const compiled = new Map<string, RegExp>();

export function compiledPattern(pattern: string, flags: string): RegExp {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(pattern, flags)));
  return re;
}
