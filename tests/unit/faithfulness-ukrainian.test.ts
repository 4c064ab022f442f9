/**
 * The faithfulness rules on Ukrainian prose, with the project's own data: the English sources' speakers and
 * hedges (content/sources/*.yaml), our reviewed translations of their sentences (content/uk/sources/) and the
 * Ukrainian rule files (content/uk/checks/). Each rule that holds for English: a sentence that breaks it
 * fails, naming what is wrong; its faithful rewrite passes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../helpers/build-site.ts';
import { readFaithfulnessData, readTranslatedFaithfulnessData } from '../../src/content/faithfulness/rule-data.ts';
import { FaithfulnessChecker } from '../../src/content/faithfulness/check.ts';
import { proseSentences } from '../../src/content/faithfulness/prose-sentences.ts';
import { contentStems } from '../../src/content/faithfulness/hedges.ts';
import { UKRAINIAN } from '../../src/content/faithfulness/prose-language.ts';
import { normQuote, quotesIn } from '../../src/content/faithfulness/quotes.ts';
import { saidByLabels } from '../../src/content/faithfulness/said-by.ts';

let checker: FaithfulnessChecker;
const content = join(ROOT, 'content');

beforeAll(() => {
  const english = readFaithfulnessData(content);
  expect(english.errors.map((e) => e.message)).toEqual([]);
  const { data, errors } = readTranslatedFaithfulnessData(content, 'uk', english.data!);
  expect(errors.map((e) => e.message)).toEqual([]);
  checker = new FaithfulnessChecker(data!);
});

const errorsOf = (markdown: string) =>
  proseSentences(markdown).flatMap((s) => checker.checkSentence(s, 'x.md', s.line));
/** The cases below restate the sources closely on purpose: their problems other than copied wording. */
const reported = (markdown: string) => errorsOf(markdown).filter((e) => !e.problem.includes('words in a row'));
const problems = (markdown: string) => reported(markdown).map((e) => e.problem);
const fixes = (markdown: string) => reported(markdown).map((e) => e.fix);

const B = (n: number) => `@bloomberg-us-role#s${n}`;
const K = (n: number) => `@kyiv-delegation#s${n}`;

describe('Ukrainian words: stems and quotes', () => {
  it('sees the case forms of a word as one', () => {
    expect(contentStems('санкції санкцій санкціями', UKRAINIAN).size).toBe(1);
    expect(contentStems('Криму', UKRAINIAN)).toEqual(contentStems('Крим', UKRAINIAN));
    expect(contentStems('визнання визнанням', UKRAINIAN).size).toBe(1);
    // The story's own subjects and function words show nothing shared.
    expect(contentStems('переговори в Лондоні щодо Росії', UKRAINIAN).size).toBe(0);
  });

  it('finds «…» quotes (nested whole), straight "…" and English “…”', () => {
    expect(quotesIn('Він пише: «а «б» в», "г" і “d e”.')).toEqual([
      { words: 'а «б» в', original: false },
      { words: 'г', original: false },
      { words: 'd e', original: true },
    ]);
    expect(normQuote(" прем'єр  міністр. ")).toBe(normQuote('прем’єр міністр'));
  });
});

describe('quotes verbatim in Ukrainian prose', () => {
  it('accepts words quoted exactly from our translation of a cited sentence', () => {
    expect(problems(`Джерела кажуть, що США «готові розглянути певне послаблення санкцій» [${B(11)}].`)).toEqual([]);
    // Any sentence the paragraph cites, not only the sentence's own citation.
    expect(problems(`Це «заморожений конфлікт» [${B(14)}]. Кінця не видно [${B(22)}].`)).toEqual([]);
  });

  it('refuses a quote our translation does not have, naming the sentence', () => {
    const [p] = problems(`Джерела кажуть, що США «готові послабити санкції» [${B(11)}].`);
    expect(p).toMatch(/the quote «готові послабити санкції» is not word for word in our translation/);
    expect(p).toContain('bloomberg-us-role#s11: "Джерела, близькі до ситуації');
  });

  it('says which sentence holds the words when the paragraph cites another', () => {
    const [fix] = fixes(`Зеленський сказав: «Ми відкриті до дискусій» [${B(4)}].`);
    expect(fix).toMatch(/the words are in bloomberg-us-role#s6: cite it/);
  });

  it('takes English quotes “…” as the source’s own words', () => {
    expect(
      problems(`Текст каже, що США готові розглянути (“willing to consider”) послаблення санкцій [${B(11)}].`),
    ).toEqual([]);
    expect(problems(`Текст каже “willing to ease” [${B(11)}].`)[0]).toMatch(
      /the quote “willing to ease” is not word for word in the English source sentence/,
    );
  });
});

describe('no outside facts in Ukrainian prose', () => {
  it('refuses nationalities, titles, institutions and years no translation of a source has', () => {
    for (const [text, what] of [
      ['Американці готові розглянути послаблення санкцій.', 'a nationality'],
      ['Держсекретар Рубіо візьме участь.', 'a title'],
      ['У Кремлі мовчать.', 'an institution'],
      ['Розмова відбулася у 2024 році.', 'a year'],
    ]) {
      expect(problems(text!)[0], text).toContain(what);
    }
  });

  it('allows what a source has: «північноамериканські партнери», «прем’єр-міністр Великої Британії»', () => {
    expect(problems('Участь візьмуть північноамериканські партнери.')).toEqual([]);
    expect(problems('Зеленський говорив із прем’єр-міністром Великої Британії Ріші Сунаком.')).toEqual([]);
  });
});

describe('who says it, in Ukrainian', () => {
  it('credits a speaker in any case form, and checks the cited sentence is theirs', () => {
    expect(problems(`За словами Лещенка, Україна братиме участь у переговорах [${K(4)}].`)).toEqual([]);
    expect(problems(`Лещенко пояснив, що Україна братиме участь у переговорах [${K(4)}].`)).toEqual([]);
    const [p] = problems(`За словами Лещенка, посланець США планує ще один раунд [${K(8)}].`);
    expect(p).toMatch(/credits Лещенко \(ім’я та посаду не вказано\) \("за словами лещенка"\)/);
    expect(p).toContain('брифінги з Вашингтона');
  });

  it('refuses crediting Bloomberg with what unnamed sources say, and accepts the sources', () => {
    const claim = 'США готові розглянути послаблення санкцій проти Москви';
    expect(problems(`Bloomberg повідомляє, що ${claim} [${B(11)}].`)[0]).toMatch(/credits Bloomberg у переказі тексту/);
    expect(problems(`За даними неназваних джерел, близьких до ситуації, ${claim} [${B(11)}].`)).toEqual([]);
    expect(problems(`Як пише текст за матеріалами Bloomberg, переговори пройдуть без медіа [${B(7)}].`)[0]).toMatch(
      /Bloomberg у переказі тексту/,
    );
  });

  it('does not take naming for crediting, nor the sources’ own quoted words, nor any «джерела»', () => {
    expect(problems(`Одне з двох наших джерел переказує повідомлення Bloomberg [${B(1)}].`)).toEqual([]);
    expect(problems(`Рубіо, Віткофф і Келлог візьмуть участь [${B(2)}].`)).toEqual([]);
    expect(
      problems(`Джерела: «За даними джерел видання» і «Джерела, близькі до ситуації» [${B(2)}; ${B(11)}].`),
    ).toEqual([]);
  });

  it('gives the pages the speakers’ Ukrainian labels (“Сказав: …”)', () => {
    const labels = saidByLabels(content, 'uk');
    expect(labels.get('kyiv-delegation')!.s4).toBe('Лещенко (ім’я та посаду не вказано)');
    expect(labels.get('bloomberg-us-role')!.s11).toBe('неназвані джерела, близькі до ситуації');
    expect(saidByLabels(content).get('kyiv-delegation')!.s4).toBe('Leshchenko (first name and post not given)');
  });
});

describe('hedges kept, in Ukrainian', () => {
  it('refuses a willingness to consider turned into a decision', () => {
    const [p] = problems(`Джерела, близькі до ситуації, кажуть, що США послаблять санкції проти Москви [${B(11)}].`);
    expect(p).toMatch(/drops the hedge "willing to consider" \(готовність розглянути\) of bloomberg-us-role#s11/);
    expect(
      fixes(`Джерела, близькі до ситуації, кажуть, що США послаблять санкції проти Москви [${B(11)}].`)[0],
    ).toMatch(/keep a hedge of that kind, e\.g\. "розгляну\*"/);
    for (const kept of ['готові розглянути послаблення', 'можуть послабити', 'розглядають можливість послабити'])
      expect(problems(`Джерела, близькі до ситуації, кажуть, що США ${kept} санкції проти Москви [${B(11)}].`)).toEqual(
        [],
      );
  });

  it('refuses a likely outcome stated as certain, in any case form of the hedge word', () => {
    const firm = `Угода залишить під контролем Росії значну частину окупованих територій [${B(13)}].`;
    expect(problems(firm)[0]).toMatch(/drops the hedge "likely" \(імовірність\)/);
    expect(problems(firm.replace('залишить', 'ймовірно, залишить'))).toEqual([]);
    expect(problems(firm.replace('Угода', 'Імовірна угода'))).toEqual([]);
  });

  it('refuses a partial list presented as complete, keeps «серед»', () => {
    const complete = `Пропозиції — це гарантії безпеки для Києва, юридичні запевнення [${B(12)}].`;
    expect(problems(complete)[0]).toMatch(/неповний перелік/);
    expect(problems(`Серед пропозицій є гарантії безпеки для Києва, юридичні запевнення [${B(12)}].`)).toEqual([]);
  });

  it('refuses an intention firmed into a commitment', () => {
    const firm = `Група європейських партнерів зобов'язалася взяти участь у рамковому обговоренні в Парижі [${K(9)}].`;
    expect(problems(firm)[0]).toMatch(/expected to/);
    expect(problems(firm.replace("зобов'язалася взяти", 'як очікується, візьме'))).toEqual([]);
  });

  it('leaves alone a sentence on what the sources do not say', () => {
    expect(problems(`Текст не каже, що США послаблять санкції проти Москви [${B(11)}].`)).toEqual([]);
  });
});

describe('our own words in Ukrainian prose', () => {
  const copies = (markdown: string) =>
    errorsOf(markdown)
      .map((e) => e.problem)
      .filter((p) => p.includes('words in a row'));

  it('refuses six words in a row of our translation of a source sentence, unless quoted', () => {
    const [p] = copies(`Текст каже, що компроміс відновив би міжнародний порядок і дав би Україні шанс [${B(21)}].`);
    expect(p).toContain('copies 6 words in a row of bloomberg-us-role#s21');
    expect(copies(`Текст говорить про компроміс, «який відновив би міжнародний порядок» [${B(21)}].`)).toEqual([]);
    expect(copies(`Текст бачить у них шлях до миру й нового ладу у світі [${B(21)}].`)).toEqual([]);
  });
});
