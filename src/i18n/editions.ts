/**
 * Which editions this content has: English always, another language when its folder exists
 * (`content/uk/`; content/translation-files.ts decides). A site without translations (a test fixture,
 * the benchmark's English corpus) publishes English only, and the parity check has nothing to compare.
 */
import { contentDir } from '../content/files.ts';
import { translationLangs } from '../content/translation-files.ts';
import { DEFAULT_LANG, type Lang } from './languages.ts';

export const EDITIONS: readonly Lang[] = [DEFAULT_LANG, ...translationLangs(contentDir)];
