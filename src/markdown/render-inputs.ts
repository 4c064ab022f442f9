/**
 * What a rendered entry depends on besides its own file, as one digest (the
 * processor's options carry it, so Astro renders everything afresh when it
 * changes): the code of the processor and of every module it imports, the
 * installed versions of the packages that code runs on, and which sources,
 * sentences and entries exist, and the names of terms and people. An edit elsewhere (a page, a check, an
 * unrelated package) leaves the digest, and so the rendered entries, alone.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { getContentIndex } from '../content/content-index.ts';
import { codeDigest } from '../build/code-digest.ts';

export function renderInputsDigest(contentDir: string): string {
  // The processor's code, with what it keeps of each entry (astro-processor.ts); an upgrade of a package the
  // plugins run on can change ids or markup.
  const hash = createHash('sha256').update(codeDigest(fileURLToPath(new URL('./astro-processor.ts', import.meta.url))));
  let index;
  try {
    index = getContentIndex(contentDir);
  } catch {
    // Unreadable content is reported by the content checks, with its line; render everything afresh.
    return `unreadable-${Date.now()}`;
  }
  // Which sentences exist (citations are checked against them) and each source's title (footnotes).
  for (const [id, source] of index.sources) hash.update(`source ${id} ${source.title} ${source.sentences.size}\n`);
  // Which entries exist (links are checked against them); their texts load by reference.
  for (const [kind, entries] of Object.entries(index.entries))
    hash.update(`${kind} ${[...entries.keys()].join(' ')}\n`);
  // The words that name each term and person (an article records where it mentions them).
  for (const kind of ['glossary', 'people'] as const)
    for (const e of index.entries[kind].values()) hash.update(`${kind} ${e.id} ${JSON.stringify(e.names)}\n`);
  // A translation's footnotes name its edition's source titles.
  for (const [lang, words] of Object.entries(index.translated))
    for (const [id, title] of words!.sourceTitles) hash.update(`${lang} source ${id} ${title}\n`);
  return hash.digest('hex').slice(0, 16);
}
