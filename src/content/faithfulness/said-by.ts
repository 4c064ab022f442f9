/**
 * "Said by" for readers: whom the source attributes each sentence to, in words
 * (for citation previews and the source page), from the sources' `said_by` and
 * content/checks/speakers.yaml.
 */
import { readFaithfulnessData } from './rule-data.ts';

const cache = new Map<string, Map<string, Record<string, string>>>();

/** Source id → sentence id → "Said by" words; empty where the content records no speakers. */
export function saidByLabels(contentDir: string): Map<string, Record<string, string>> {
  const hit = cache.get(contentDir);
  if (hit) return hit;
  const out = new Map<string, Record<string, string>>();
  const { data } = readFaithfulnessData(contentDir);
  for (const [id, source] of data?.sources ?? []) {
    const labels: Record<string, string> = {};
    for (const [sid, who] of source.saidBy) {
      const speaker = data!.speakers.get(who);
      // speakers.yaml words each label as a reader should see it ("Bloomberg, as the text relays it").
      if (speaker) labels[sid] = speaker.label;
    }
    out.set(id, labels);
  }
  cache.set(contentDir, out);
  return out;
}
