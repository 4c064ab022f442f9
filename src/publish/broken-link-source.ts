/**
 * Where in the content a broken link of the built site was written, so that the report names the file and line to
 * fix: a Markdown file holding the link's address, the entry of the page it broke on first (an article's file for
 * its page). Read only when links are broken. A link a template makes is in no content file, and gets none.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryIdOf, markdownFiles } from '../content/files.ts';
import { langOfFile } from '../content/translation-files.ts';
import { langOfPath } from '../i18n/languages.ts';
import type { BrokenLink } from './link-check.ts';

/** The addresses a link written as `href` in the built site may have in Markdown: as built, and without the base. */
function writtenAs(href: string, base: string): string[] {
  const forms = [href];
  if (base !== '/' && href.startsWith(base)) forms.push(`/${href.slice(base.length)}`);
  return forms;
}

/** What may stand either side of a link's address: a Markdown link's brackets, an attribute's quotes, a space. */
const AROUND = /[()<>"'\s]/;

/** Where in `text` the address `form` is written whole, or -1. */
function addressIn(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const [before, after] = [text[at - 1], text[at + form.length]];
    if (before !== undefined && after !== undefined && AROUND.test(before) && AROUND.test(after)) return at;
  }
  return -1;
}

/** For each of `broken`, the file (relative to the working folder) and line where it was written, if found. */
export function brokenLinkSources(contentDir: string, base: string, broken: BrokenLink[]): Map<BrokenLink, string> {
  const files = markdownFiles(contentDir).map((file) => join(contentDir, file));
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
    return text;
  };
  const found = new Map<BrokenLink, string>();
  for (const link of broken) {
    const forms = writtenAs(link.href, base);
    // The entry the page shows: its file name is the page's last part, in the page's edition.
    const id = link.page.split('/').filter(Boolean).at(-1);
    const lang = langOfPath(link.page);
    const isOwn = (file: string) => entryIdOf(file) === id && langOfFile(contentDir, file) === lang;
    for (const file of [...files.filter(isOwn), ...files.filter((f) => !isOwn(f))]) {
      const text = textOf(file);
      const at = forms.map((form) => addressIn(text, form)).find((i) => i >= 0);
      if (at === undefined) continue;
      found.set(link, `${relative(process.cwd(), file)}:${text.slice(0, at).split('\n').length}`);
      break;
    }
  }
  return found;
}
