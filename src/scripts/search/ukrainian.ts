/**
 * Search in Ukrainian: what it says, with Ukrainian plural forms, and how it reads a query (each word
 * reduced to its key, uk-words.ts). A chunk of its own, loaded on Ukrainian pages only (language.ts).
 */
import type { LanguagePack } from './strings.ts';
import { keyQuery, ukKey, withoutKeys } from './uk-words.ts';
import { withoutAskingWords } from './query.ts';

/** The Ukrainian words that only make a query a question or a sentence («хто посередник»: query.ts). */
export const UK_ASKING = new Set([
  ...'хто що де куди коли як чому навіщо чи який яка яке які якого якої яких скільки кого кому чого чим'.split(' '),
  ...'таке такий така такі'.split(' '),
  // Asking with the word before: «як довго», «скільки часу» (how long).
  ...['як довго', 'як давно', 'скільки часу'],
  ...'і й та а але в у на з із зі до про по за від для це є був була було були буде будуть'.split(' '),
]);

const TYPES: Record<string, string> = {
  Article: 'Стаття',
  'Timeline event': 'Подія хронології',
  'Glossary term': 'Термін глосарію',
  'Person or body': 'Особа чи орган',
  Source: 'Речення джерела',
  Page: 'Сторінка',
};

const plural = new Intl.PluralRules('uk');
/** 1, 21 результат; 2–4, 22 результати; 5–20, 25 результатів. */
const results = (n: number) =>
  ({ one: 'результат', few: 'результати', many: 'результатів' })[plural.select(n) as 'one'] ?? 'результату';

export const ukrainian: LanguagePack = {
  lang: 'uk',
  strings: {
    dialogTitle: 'Пошук',
    close: 'Закрити',
    closeHidden: ' пошук',
    boxLabel: 'Пошук у статтях, хронології, глосарії, серед людей і в джерелах',
    fullPage: 'Відкрити сторінку пошуку',
    filterBy: { type: 'Фільтр за типом', topic: 'Фільтр за темою', source: 'Фільтр за джерелом' },
    type: (value) => TYPES[value] ?? value,
    sectionsOf: (title) => `Розділи, де є збіги: ${title}`,
    showMore: (left) => `Показати ще результати (ще ${left})`,
    needsLetters: 'Для пошуку потрібні літери або цифри. Спробуйте ім’я чи слово, наприклад Крим, санкції або Віткофф.',
    typeAWord: 'Введіть слово чи ім’я, наприклад Крим, санкції або Віткофф.',
    needsBuild: import.meta.env.EXPLAINER_DEV_SERVER
      ? 'Для пошуку потрібен зібраний індекс: один раз виконайте "npm run build" ' +
        '(сервер розробки тоді шукає в останній збірці).'
      : '',
    unavailable:
      'Пошук недоступний: не вдалося завантажити пошуковий індекс. Перегляньте хронологію, глосарій або статті.',
    noResultsFiltered: (q) =>
      `Нічого не знайдено за запитом «${q}» з вибраними фільтрами. Зніміть фільтр, щоб побачити інші результати.`,
    noResults: (q) =>
      `Нічого не знайдено за запитом «${q}». Перевірте написання, спробуйте одне слово ` +
      '(ім’я, місце чи термін, наприклад «санкції») або перегляньте глосарій.',
    results: (total, q, filtered, loosenedTo, missing) =>
      `${total} ${results(total)} за запитом «${q}»${filtered ? ' з вибраними фільтрами' : ''}` +
      `${loosenedTo ? ` (точного збігу немає; показано близькі збіги для «${loosenedTo}»)` : ''}` +
      `${missing ? ` (${missing.map((w) => `«${w}»`).join(' чи ')} немає на жодній сторінці)` : ''}.`,
    highlighted: (words) => `Підсвічено слова пошуку: ${words.join(', ')}. `,
    clearHighlights: 'Прибрати підсвічування',
  },
  // Without quotes: Pagefind's exact search for a phrase would look for the keys as written words.
  query: (query) => keyQuery(withoutAskingWords(query, UK_ASKING).replace(/["“”„«»]/g, ' ')),
  asking: UK_ASKING,
  clean: withoutKeys,
  key: ukKey,
  // The searched word may be a reader's («санкціями») or already a key («санкц»): a word is its form when
  // it begins with the key, or has the same key («Києва» and «Київ»).
  isFormOf: (word, searched) => {
    const key = ukKey(searched);
    return continues(word, key) || continues(word, searched) || continues(ukKey(word), key);
  },
  // A word derived from another (збройний, armed, from зброя; українська from Україна) begins with its key too,
  // but answers only beside a case form of it: a form has the same key, or an ending of up to three letters.
  answers: (word, searched) => {
    const key = ukKey(searched);
    const own = ukKey(word);
    return (
      own === key || own === searched || [key, searched].some((k) => continues(word, k) && word.length <= k.length + 3)
    );
  },
};

/**
 * Whether a word goes on from a stem as a form of its word does. A soft sign straight after a stem of three letters
 * makes another word («біл», the key of «білий», and «більше», «біль»); a longer key has had its soft sign taken off
 * (uk-words.ts), so «вчитель» still goes on from «вчител».
 */
const continues = (word: string, stem: string): boolean =>
  word.startsWith(stem) && !(stem.length <= 3 && word[stem.length] === 'ь');
