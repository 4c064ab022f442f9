/**
 * Where in the content a broken link of the built site was written, so that the report names the file and line to
 * fix: a Markdown file holding the link's address, the entry of the page it broke on first (an article's file for
 * its page). Read only when links are broken. A link a template makes is in no content file, and gets none.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { markdownFiles } from '../content/files.ts';
import type { BrokenLink } from './link-check.ts';

/** The addresses a link written as `href` in the built site may have in Markdown: as built, and without the base. */
function writtenAs(href: string, base: string): string[] {
  const forms = [href];
  if (base !== '/' && href.startsWith(base)) forms.push(`/${href.slice(base.length)}`);
  return forms;
}

/** Whether the content file at `file` (relative to the content folder) is the entry the page at `key` shows. */
function isPageEntry(file: string, key: string): boolean {
  const parts = key.split('/').filter(Boolean);
  const id = parts.at(-1);
  const edition = /^[a-z]{2}$/.test(parts[0] ?? '') && parts.length > 1 ? parts[0] : undefined;
  const fileEdition = file.split('/')[0];
  const sameEdition = edition ? fileEdition === edition : !/^[a-z]{2}$/.test(fileEdition ?? '');
  return id !== undefined && basename(file, '.md') === id && sameEdition;
}

/** For each of `broken`, the file (relative to the working folder) and line where it was written, if found. */
export function brokenLinkSources(contentDir: string, base: string, broken: BrokenLink[]): Map<BrokenLink, string> {
  const files = markdownFiles(contentDir);
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readFileSync(join(contentDir, file), 'utf8')));
    return text;
  };
  const found = new Map<BrokenLink, string>();
  for (const link of broken) {
    const forms = writtenAs(link.href, base);
    const own = files.filter((file) => isPageEntry(file, link.page));
    for (const file of [...own, ...files.filter((f) => !own.includes(f))]) {
      const text = textOf(file);
      // Written as a link's address, whole: in a Markdown link, a reference or an HTML attribute.
      const at = forms
        .map((form) => text.search(new RegExp(`[(<"'\\s]${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[)>"'\\s]`)))
        .find((i) => i >= 0);
      if (at === undefined) continue;
      const line = text.slice(0, at + 1).split('\n').length;
      found.set(link, `${relative(process.cwd(), join(contentDir, file))}:${line}`);
      break;
    }
  }
  return found;
}
