/**
 * What the faithfulness rules need to know of the language our prose is written in: how to tell two
 * sentences say the same thing (content-word stems), where a hedge's clause ends, which sentences speak of
 * what a source does not say, and which words are quoted. English and Ukrainian; the rule data (speakers,
 * attribution, hedges, outside facts) is per edition in content/checks/ and content/uk/checks/.
 */
import type { Lang } from '../../i18n/languages.ts';

export interface ProseLanguage {
  lang: Lang;
  /** Crude stems of the content words: enough to see two forms of a word as one. */
  stems: (text: string) => Set<string>;
  /** Clause ends: a hedge governs the words after it up to one of these. */
  clauseEnd: RegExp;
  /** Where our sentence splits into clauses checked one by one. */
  clauseSplit: RegExp;
  /** A clause about what the sources do not say restates nothing, so it has no hedge to keep. */
  absence: RegExp;
  /** Our text without the words it quotes (they are the source's, not ours). */
  unquoted: (text: string) => string;
}

export const normWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[—–]/g, ' — ');

/** Removes quoted spans, innermost first, so «a «b» c» goes as a whole. */
function withoutQuotes(text: string, pairs: RegExp[]): string {
  let out = text;
  for (let before = ''; before !== out;) {
    before = out;
    for (const p of pairs) out = out.replace(p, ' ');
  }
  return out;
}

/** Words too common to show that two sentences say the same thing. */
const EN_STOP = new Set(
  (
    'also that this these those there their they them then than with from into onto over under about which while ' +
    'what when where will would could might should have been being were does other such more most some many much ' +
    'only very both each any its it’s itself your ours just even said says according text report sentence ' +
    // The story's own subjects are in nearly every sentence, so sharing them shows nothing.
    'russia russian ukraine ukrainian kyiv moscow washington london talks negotiations negotiation'
  ).split(' '),
);

function englishStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normWords(text).match(/\p{L}+/gu) ?? []) {
    if (w.length < 4 || EN_STOP.has(w)) continue;
    const bare = w.replace(/(?:ations?|ings?|ions?|ed|es|e|s|ly)$/u, '');
    out.add((bare.length >= 3 ? bare : w).slice(0, 5));
  }
  return out;
}

export const ENGLISH: ProseLanguage = {
  lang: 'en',
  stems: englishStems,
  clauseEnd: new RegExp(
    [';', '\\s—\\s', ',\\s+and\\s', '\\s(?:while|though|although|whereas|but)\\s', ',\\s+however']
      .concat(',\\s+(?:have|has|had|is|are|was|were|will|which)\\s')
      .join('|'),
    'u',
  ),
  clauseSplit: /;|\s—\s/u,
  absence: /(?<![\p{L}])(?:does not|do not|did not|doesn't|don't|never|neither|nor|nothing|no one|none)(?![\p{L}])/iu,
  unquoted: (text) => withoutQuotes(text, [/["“][^"“”]*["”]/gu]),
};

/**
 * Ukrainian endings, longest first: one is taken off before the stem is cut to five letters, so «санкції»,
 * «санкцій» and «санкціями» share «санкц», «Крим» and «Криму» share «крим».
 */
const UK_ENDINGS = (
  'ування ювання ання яння ення іння ість ості істю ами ями ові еві ого ього ому ьому ими іми ого ої ою ею ім ій ий ' +
  'их іх ам ям ах ях ом ем ти ть а я о е є і ї и у ю й ь'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

function ukrainianStem(word: string): string {
  // A verbal noun in any case («визнання», «визнанням») loses its suffix first.
  let w = word.replace(/(?:ся|сь)$/u, '').replace(/(?<=\p{L}{3})[аеія]нн(?:ями|ям|ях|я|ю|і)$/u, '');
  const ending = UK_ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 3);
  if (ending) w = w.slice(0, -ending.length);
  return w.slice(0, 5);
}

/** Function words and the story's own subjects (in nearly every sentence), as stems. */
const UK_STOP = new Set(
  (
    'також який яка яке які цей ця це ці того тому його її їхній вони воно він вона буде будуть було були може ' +
    'можуть має мають дуже тільки лише вже коли щоб через після перед між понад проти щодо зокрема серед ' +
    'текст звіт речення каже кажуть повідомляє повідомило пише ' +
    'росія росії російський україна україни український київ києва москва москви вашингтон лондон лондоні ' +
    'переговори переговорів переговорах'
  )
    .split(' ')
    .map(ukrainianStem),
);

function ukrainianStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normWords(text).match(/\p{L}+(?:'\p{L}+)*/gu) ?? []) {
    if (w.length < 4) continue;
    const stem = ukrainianStem(w.replace(/'/g, ''));
    if (!UK_STOP.has(stem)) out.add(stem);
  }
  return out;
}

export const UKRAINIAN: ProseLanguage = {
  lang: 'uk',
  stems: ukrainianStems,
  // Ukrainian puts no comma before a joining «та», and a relative clause («, який …») is another claim.
  clauseEnd: new RegExp(
    [
      ';',
      '\\s—\\s',
      ',\\s+(?:а|але|проте|однак|хоча|тоді як|натомість)\\s',
      '\\s(?:хоча|проте|однак|та|а також)\\s',
      ',\\s+(?:який|яка|яке|які|якого|якої|якому|якій|яким|якими|яких)\\s',
    ].join('|'),
    'u',
  ),
  // A dash is often the copula in Ukrainian («X — це Y»): only a semicolon splits the sentence.
  clauseSplit: /;/u,
  // «не каже», «не згадує», «ніхто», «жодного», «нічого»: what the texts leave out.
  absence: new RegExp(
    '(?<![\\p{L}])(?:не (?:каже|кажуть|згаду\\p{L}*|повідомля\\p{L}*|назива\\p{L}*|пише|вказу\\p{L}*|уточню\\p{L}*|' +
      'говор\\p{L}*|йдеться|дає|дають|подає|подають)|ні(?:хто|чого|де|коли|кого)|жод(?:ен|на|не|ні|ного|них|ної)|' +
      'ні\\s+\\p{L}+\\s*,?\\s+ні)(?![\\p{L}])',
    'iu',
  ),
  unquoted: (text) => withoutQuotes(text, [/«[^«»]*»/gu, /"[^"]*"/gu, /“[^“”]*”/gu]),
};

export const PROSE_LANGUAGES: Record<Lang, ProseLanguage> = { en: ENGLISH, uk: UKRAINIAN };
