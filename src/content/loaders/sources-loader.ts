/**
 * Loads `content/sources/NAME.txt` (verbatim, never edited) with
 * `NAME.yaml` (what is known of it) as one entry, the text split into
 * anchored paragraphs and sentences.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../content-error.ts';
import { parseYamlWithLines } from '../content-file.ts';
import { readSourceText } from '../source-text.ts';
import { sourceIdOf, sourceTextFiles } from '../files.ts';
import { ID_PATTERN } from '../schemas/ids.ts';
import { withTrailingSlash } from '../../urls.ts';
import { resyncOnChange } from './resync-on-change.ts';

function readMeta(file: string): Record<string, unknown> {
  const shown = relative(process.cwd(), file);
  if (!existsSync(file)) {
    throw new ContentError({
      file: shown,
      problem: 'the source text has no metadata file beside it.',
      fix: 'create it with at least title, outlet and attribution (see README, "Adding a source").',
    });
  }
  const yaml = parseYamlWithLines(readFileSync(file, 'utf8'));
  if (!yaml.ok) {
    throw new ContentError({
      file: shown,
      line: yaml.line,
      problem: `the YAML cannot be read: ${yaml.message}.`,
      fix: yaml.fix ?? 'check the indentation and quoting on that line (quote text that contains ": ").',
    });
  }
  const data = yaml.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError({
      file: shown,
      problem: 'the metadata is not a set of fields.',
      fix: 'write fields as `title: …` lines.',
    });
  }
  return data as Record<string, unknown>;
}

export function sourcesLoader(options: { base: string }): Loader {
  return {
    name: 'explainer-sources',
    async load({ store, parseData, generateDigest, config, watcher, logger }) {
      // A file path, not URL.pathname: a folder with a space in its name is %20 in a URL.
      const path = fileURLToPath(new URL(withTrailingSlash(options.base), config.root));
      const sync = async () => {
        store.clear();
        const files = sourceTextFiles(path);
        if (files.length === 0) logger.warn(`no source texts in ${relative(process.cwd(), path)}`);
        for (const file of files) {
          const id = sourceIdOf(file);
          const shown = relative(process.cwd(), join(path, file));
          if (!ID_PATTERN.test(id)) {
            throw new ContentError({
              file: shown,
              problem: `"${id}" is not a valid source id.`,
              fix: 'rename the .txt and .yaml to lower-case words joined by hyphens.',
            });
          }
          const source = readSourceText(id, join(path, file), shown);
          const meta = readMeta(join(path, `${id}.yaml`));
          const data = await parseData({
            id,
            data: { ...meta, text: source.text, lead: source.lead, paragraphs: source.paragraphs },
            filePath: relative(fileURLToPath(config.root), join(path, `${id}.yaml`)),
          });
          const unused = (data as { unused?: Record<string, string> }).unused ?? {};
          for (const sid of Object.keys(unused)) {
            if (!source.sentences.has(sid)) {
              throw new ContentError({
                file: relative(process.cwd(), join(path, `${id}.yaml`)),
                problem: `"unused" lists ${sid}, but the source has sentences s1 to s${source.sentences.size}.`,
                fix: 'list only sentence ids shown on the source page.',
              });
            }
          }
          store.set({ id, data, digest: generateDigest(source.text + JSON.stringify(meta)) });
        }
      };
      await sync();
      resyncOnChange({ watcher, logger }, [path], sync);
    },
  };
}
