/**
 * Which editions this content has: English always, another language when its folder exists
 * (`content/uk/`). A site without translations (a test fixture, the benchmark's English corpus)
 * publishes English only, and the parity check has nothing to compare.
 */
import { existsSync } from 'node:fs';
import { contentDir } from '../content/files.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './languages.ts';

export const EDITIONS: readonly Lang[] = LANGS.filter(
  (lang) => lang === DEFAULT_LANG || existsSync(`${contentDir}/${lang}`),
);
