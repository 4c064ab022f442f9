/**
 * Control characters an editor's tools sometimes leave in a file (a NUL, an escape, a form feed): invisible on
 * screen, they would be published as they are. Tabs and line breaks are text.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first stray control character: its line (1-based) and code point as U+XXXX, or undefined. */
export function strayControl(text: string): { line: number; code: string } | undefined {
  const m = CONTROL.exec(text);
  if (!m) return undefined;
  const line = (text.slice(0, m.index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return { line, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
