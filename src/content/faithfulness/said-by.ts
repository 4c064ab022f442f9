/**
 * "Said by" for readers: whom the source attributes each sentence to, in words
 * (for citation previews and the source page), from the sources' `said_by` and
 * content/checks/speakers.yaml; in another edition, in its words (content/uk/checks/speakers.yaml).
 */
import { readFaithfulnessData, readTranslatedFaithfulnessData } from './rule-data.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.ts';

const cache = new Map<string, Map<string, Record<string, string>>>();

/** Source id → sentence id → "Said by" words; empty where the content records no speakers. */
export function saidByLabels(contentDir: string, lang: Lang = DEFAULT_LANG): Map<string, Record<string, string>> {
  const hit = cache.get(`${lang}:${contentDir}`);
  if (hit) return hit;
  const out = new Map<string, Record<string, string>>();
  const english = readFaithfulnessData(contentDir).data;
  const data =
    english && lang !== DEFAULT_LANG ? readTranslatedFaithfulnessData(contentDir, lang, english).data : english;
  for (const [id, source] of data?.sources ?? []) {
    const labels: Record<string, string> = {};
    for (const [sid, who] of source.saidBy) {
      const speaker = data!.speakers.get(who);
      // speakers.yaml words each label as a reader should see it ("Bloomberg, as the text relays it").
      if (speaker) labels[sid] = speaker.label;
    }
    out.set(id, labels);
  }
  cache.set(`${lang}:${contentDir}`, out);
  return out;
}
