/**
 * A timeline date in an edition's language, exactly as precise as the sources allow: the English
 * words are content/timeline-date.ts's own; Ukrainian uses Intl's month names («21 квітня (рік не вказано)»).
 */
import { formatWhen, type TimelineWhen } from '../content/timeline-date.ts';
import { datedLabel, dayMonth } from './format.ts';
import { strings } from './strings.ts';
import type { Lang } from './languages.ts';

export function formatWhenIn(when: TimelineWhen, lang: Lang): ReturnType<typeof formatWhen> {
  const english = formatWhen(when);
  if (lang === 'en') return english;
  const t = strings[lang].timeline;
  const d = when.date;
  switch (english.precision) {
    case 'unknown':
      return { ...english, label: t.whenNotGiven };
    case 'relative':
      return { ...english, label: t.relative(when.relative!) };
    default:
      if (d?.year !== undefined) return { ...english, label: datedLabel(lang, d.year, d.month, d.day) };
      return { ...english, label: t.yearNotGiven(dayMonth(lang, d!.month!, d!.day)) };
  }
}
