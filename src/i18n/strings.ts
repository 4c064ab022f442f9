/**
 * Every word the pages themselves say (not the content), one dictionary per edition. `uk` has the
 * type of `en`, so TypeScript refuses a missing key. Words that hold a number or a link are functions
 * or parts, so each language can order and inflect them (Ukrainian counts through `plural`).
 */
import type { ComparisonStatus } from '../content/schemas/comparison.ts';
import { TOPICS, type Topic } from '../config.ts';
import type { Certainty } from '../visuals/timeline-certainty.ts';
import type { Lang } from './languages.ts';
import { countOf, plural } from './format.ts';
import { counted, numberWord, theSources } from './number-words.ts';

type EntryKind = 'person' | 'group' | 'organisation' | 'role';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const en = {
  site: {
    title: 'The London talks, explained',
    shortTitle: 'London talks explained',
    /** The site's name in the header, where it shares one line with the nav, search and switches. */
    masthead: 'The London talks, explained',
    description:
      'An explainer on the London talks on ending the war in Ukraine, built only from its source texts: ' +
      'every claim links to the sentence it rests on.',
    cardKicker: 'Explainer',
  },
  layout: {
    skip: 'Skip to content',
    mainNav: 'Main',
    nav: { timeline: 'Timeline', compare: 'Compare', glossary: 'Glossary', people: 'People', sources: 'Sources' },
    themeToggle: 'Dark theme',
    /** The link to the other edition, in that edition's language. */
    switchTo: 'English',
    feedTitle: 'The London talks, explained',
  },
  search: {
    label: 'Search the explainer',
    placeholder: 'Search',
    button: 'Search',
    homeLabel: 'Search the explainer (home)',
    pageLabel: 'Search the explainer (search page)',
    notFoundLabel: 'Search the explainer (page not found)',
    title: 'Search',
    description: 'Search the explainer: articles, timeline, glossary, people and sources.',
    dek:
      'Every article, timeline event, glossary term, person and source sentence. A result opens at the matching ' +
      'section, with your words highlighted.',
    browse: 'Or browse:',
    browseLinks: {
      articles: 'articles',
      timeline: 'timeline',
      glossary: 'glossary',
      people: 'people',
      sources: 'sources',
    },
    noScript: ['Search needs JavaScript. Without it, browse the ', ', the ', ', the ', ' or the ', '.'],
  },
  footer: {
    /** Before and after the link to the sources index. */
    writtenFrom: (title: string, sources: number) =>
      `${title} is written only from ${counted(sources, 'source text')}, shown verbatim on the `,
    sourcesLink: 'sources',
    afterLink: ' pages. Each number in the text links to the sentence it rests on.',
    methods: 'How this is made',
    corrections: 'Corrections',
  },
  home: {
    dek: (sources: number) =>
      `Talks in London on ending the war in Ukraine, explained from ${counted(sources, 'source text')}. Every ` +
      'statement links to the sentence it comes from, and the explainer says plainly what the sources leave out.',
    asOf: ['As of ', ', our latest update. The sources themselves give no year.'],
    keyQuestions: 'The story in brief',
    readMore: 'Read more',
    latestArticles: 'Latest articles',
    allArticles: (n: number) => `All ${n} articles`,
    timeline: 'The timeline, in the story’s order',
    timelineNote: 'The last steps of the story as the texts tell it; most have no date in the sources.',
    fullTimeline: 'The full timeline',
  },
  article: {
    updated: 'Updated',
    minutes: (n: number) => `${n} min read`,
    changes: 'What changed',
    notes: 'Sources cited',
    notesAt: (origin: string) => `Sources cited, at ${origin}`,
    rail: 'Events and terms in this article',
    railEvents: 'Timeline events cited',
    railCompare: 'The sources compared',
    railTerms: 'Key terms',
    toc: 'Contents',
  },
  correction: {
    label: 'Correction',
    right: 'Correct:',
    /** At the top of an article with more than one correction, after the latest. */
    earlierBelow: (n: number) =>
      `${n <= 10 ? capitalised(counted(n, 'earlier correction')) : `The ${n} earlier corrections`} ` +
      `${n === 1 ? 'is' : 'are'} listed at the end of this article.`,
    earlierTitle: 'Earlier corrections',
    title: 'Corrections',
    description: 'Every correction we have made to the explainer, newest first.',
    dek:
      'When we get something wrong we say so on the page concerned (an article shows its latest correction at the ' +
      'top, the earlier ones at its end) and list it here: the date, what was wrong and what is right. Smaller edits ' +
      'are listed under “What changed” on each article.',
    none: 'No corrections so far.',
    kinds: {
      articles: 'Article',
      timeline: 'Timeline event',
      glossary: 'Glossary term',
      people: 'Person or body',
      questions: 'Key question',
      tracks: 'Track of the talks',
      comparison: 'Source comparison',
      pages: 'Page',
    },
    feedTitle: (title: string) => `Correction: ${title}`,
    feedCategory: 'Correction',
  },
  backLinks: {
    mentionedIn: 'Mentioned in',
    citedIn: 'Cited in',
    more: (n: number) => ` and ${n} more`,
    kinds: { timeline: 'Timeline', glossary: 'Glossary', people: 'People' },
  },
  archive: {
    title: 'All articles',
    pageTitle: (page: number, last: number) => `All articles, page ${page} of ${last}`,
    description: (total: number) => `Every article of the explainer, newest first (${total} in all).`,
    dek: (total: number, page: number, last: number) =>
      `Every article, the latest update first: ${total} in all${last > 1 ? `, page ${page} of ${last}` : ''}.`,
    pager: 'Archive pages',
    newer: 'Newer articles',
    older: 'Older articles',
    page: (page: number, last: number) => `Page ${page} of ${last}`,
  },
  timeline: {
    title: 'Timeline',
    description:
      'Every event the sources mention, in story order, with dates only as precise as the sources give them.',
    dek: (sources: number) =>
      `Every meeting, call and announcement ${theSources(sources)} mention, in the order the texts imply.`,
    datesAsGiven: 'Dates appear only as precisely as the sources state them.',
    noYear: (sources: number) =>
      `${sources === 2 ? 'Neither text' : 'No text'} gives a year: ` +
      'dates appear only as precisely as the sources state them.',
    everyEvent: 'Every event in detail',
    involved: 'Involved:',
    onALine: 'The story on a line',
    dated: (dated: number, total: number) =>
      dated === 0
        ? 'no event has a calendar date'
        : dated === 1
          ? 'only one event has a calendar date'
          : `only ${dated} of ${total} events have a calendar date`,
    glance: ['In story order, not to scale: ', ', so the time between events is not known. Who takes part in which '],
    glanceLink: ['strand of the talks is on the ', 'map of the talks', '.'],
    legend: 'How the line marks dates',
    certainty: {
      known: 'Date given in full',
      partial: 'Day and month given, no year',
      relative: 'Only the source’s relative words, no date',
      unknown: 'Date not given',
    } satisfies Record<Certainty, string>,
    sourcesLabel: (n: number): string => (n > 1 ? 'Sources:' : 'Source:'),
    sentence: (n: string) => `, sentence ${n}`,
    whenNotGiven: 'Date not given',
    yearNotGiven: (dayMonth: string) => `${dayMonth} (year not given)`,
    relative: (words: string) => `“${words}”, no date given`,
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain-words definitions of the terms used in reporting on the London talks.',
    intro: ['The terms a reader meets in the reporting, in plain words. A definition marked', 'editorial'],
    introAfter: 'is our own explanation, not a claim from the sources.',
    also: 'Also:',
    editorial: 'editorial',
    editorialNote: 'Our explanation; the citation shows where the sources use the term.',
  },
  people: {
    title: 'People and bodies',
    description: 'Everyone the sources name or describe at the London talks, with their role as the sources state it.',
    dek: (sources: number) =>
      `Everyone ${theSources(sources)} name or describe, with their role in the sources’ own terms. Where a ` +
      'source gives a role but no name, so do we.',
    kinds: {
      person: 'Person',
      group: 'Group',
      organisation: 'Organisation',
      role: 'Role, name not given',
    } satisfies Record<EntryKind, string>,
  },
  compare: {
    title: 'How the sources compare',
    description: (sources: number) =>
      `Topic by topic, what each of the ${numberWord(sources)} source texts reports, side by side, ` +
      'with the sentences it rests on and where the texts agree, differ or stand alone.',
    dek: (sources: number) =>
      'Topic by topic, what each source reports, in our words and with the sentences it rests on, and whether ' +
      `${sources === 2 ? 'the two' : 'they'} agree, differ, conflict or only one of them covers it.`,
    theSources: 'The sources',
    marks: 'What the marks mean',
    topicCount: (n: number) => (n === 1 ? '1 topic' : `${n} topics`),
    topics: 'Topics',
    more: (title: string) => `More in “${title}”`,
    editorNote: 'Editor’s note',
    none: 'No topics have been compared yet.',
    status: {
      agree: 'Sources agree',
      'one-source': 'Only one source',
      differ: 'Sources differ',
      conflict: 'Sources conflict',
    } satisfies Record<ComparisonStatus, string>,
    /** What each status means, for two sources and for more. */
    meaning: {
      agree: [
        'both report it, and what they say fits together',
        'the sources that report it say things that fit together',
      ],
      'one-source': ['one source reports it; the other is silent', 'one source reports it; the others are silent'],
      differ: [
        'both touch on it, with different details or emphasis, but neither contradicts the other',
        'several touch on it, with different details or emphasis, but none contradicts another',
      ],
      conflict: [
        'they say things that cannot both be true; an editor’s note explains',
        'some say things that cannot all be true; an editor’s note explains',
      ],
    } satisfies Record<ComparisonStatus, [string, string]>,
  },
  talks: {
    title: 'Map of the talks',
    description:
      'The diplomatic tracks in the sources (London, Paris and the US envoy’s talks with Moscow) ' +
      'and who the sources say takes part in each.',
    dek: (sources: number) =>
      `The strands of diplomacy ${theSources(sources)} describe, and who they say takes part in each. Every name ` +
      'links to what the sources report of that person or body; every track links to its place on the timeline.',
    caption: (sources: number) =>
      `The tracks are drawn side by side and not joined: ${sources === 2 ? 'neither source says' : 'no source says'} ` +
      'how they relate. The same information is also given as a list, with its sources.',
    tracks: 'The tracks, and who takes part',
    placeNotGiven: 'Place not given',
    takingPart: 'Taking part, as the sources describe them:',
    noOne: 'The sources name no one for this track.',
    onTimeline: 'On the timeline:',
    none: 'No tracks have been described yet.',
    seeAlso: ['See also the ', 'timeline', ' and ', 'how the sources compare', '.'],
  },
  sources: {
    title: 'Sources',
    description: (n: number) =>
      `The ${counted(n, 'source text')} this explainer is written from, ` + 'verbatim, sentence by sentence.',
    dek:
      'This explainer is written only from these texts. Each is shown exactly as received, split into numbered ' +
      'sentences that the rest of the site cites.',
    sentences: (n: number) => `${n} sentences`,
    /** Said after a source's title where the text is in another language than the page. */
    inEnglish: '',
  },
  notFound: {
    title: 'Page not found',
    dek: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    startFrom: ['Or start from ', 'the home page', ', the ', 'timeline', ' or the ', 'glossary', '.'],
  },
  page: { updated: 'Updated' },
  feed: { article: 'Article', event: 'Timeline event' },
  topics: TOPICS as Record<Topic, string>,
};

export type Strings = typeof en;

/** «з двох текстів-джерел»: the genitive after «на основі», for the counts a site has. */
const sourcesGenitive = (n: number): string => {
  const words = ['жодного', 'одного', 'двох', 'трьох', 'чотирьох', 'п’яти', 'шести', 'семи', 'восьми', 'дев’яти'];
  return `${words[n] ?? n} ${n === 1 ? 'тексту-джерела' : 'текстів-джерел'}`;
};

const uk: Strings = {
  site: {
    title: 'Лондонські переговори: пояснюємо',
    shortTitle: 'Лондонські переговори',
    masthead: 'Лондонські переговори',
    description:
      'Пояснюємо переговори в Лондоні про завершення війни в Україні лише на основі текстів-джерел: ' +
      'кожне твердження веде до речення, на якому воно ґрунтується.',
    cardKicker: 'Пояснюємо',
  },
  layout: {
    skip: 'Перейти до основного вмісту',
    mainNav: 'Головне меню',
    nav: { timeline: 'Хронологія', compare: 'Порівняння', glossary: 'Глосарій', people: 'Особи', sources: 'Джерела' },
    themeToggle: 'Темна тема',
    switchTo: 'Українська',
    feedTitle: 'Лондонські переговори: пояснюємо',
  },
  search: {
    label: 'Пошук на сайті',
    placeholder: 'Пошук',
    button: 'Шукати',
    homeLabel: 'Пошук на сайті (головна)',
    pageLabel: 'Пошук на сайті (сторінка пошуку)',
    notFoundLabel: 'Пошук на сайті (сторінку не знайдено)',
    title: 'Пошук',
    description: 'Пошук на сайті: статті, хронологія, глосарій, особи та джерела.',
    dek:
      'Усі статті, події хронології, терміни глосарію, особи й речення джерел. Результат відкривається на ' +
      'потрібному розділі, а слова з вашого запиту підсвічено.',
    browse: 'Або перегляньте:',
    browseLinks: {
      articles: 'статті',
      timeline: 'хронологію',
      glossary: 'глосарій',
      people: 'осіб',
      sources: 'джерела',
    },
    noScript: ['Для пошуку потрібен JavaScript. Без нього перегляньте ', ', ', ', ', ' або ', '.'],
  },
  footer: {
    writtenFrom: (title: string, sources: number) =>
      `«${title}» написано лише на основі ${sourcesGenitive(sources)}. ${sources === 1 ? 'Його' : 'Їх'} ` +
      'дослівно наведено на сторінках ',
    sourcesLink: 'джерел',
    afterLink: '. Кожне число в тексті веде до речення, на якому ґрунтується твердження.',
    methods: 'Як ми працюємо',
    corrections: 'Виправлення',
  },
  home: {
    dek: (sources: number) =>
      `Переговори в Лондоні про завершення війни в Україні: пояснюємо на основі ${sourcesGenitive(sources)}. ` +
      'Кожне твердження веде до речення, з якого воно взяте, а чого джерела не кажуть, про те ми пишемо прямо.',
    asOf: ['Станом на ', ' (наше останнє оновлення). Самі джерела року не вказують.'],
    keyQuestions: 'Коротко про головне',
    readMore: 'Читати далі',
    latestArticles: 'Останні статті',
    allArticles: (n: number) => `Усі статті (${n})`,
    timeline: 'Хронологія в порядку розповіді',
    timelineNote: 'Останні етапи історії так, як їх описують тексти; здебільшого джерела не вказують дат.',
    fullTimeline: 'Уся хронологія',
  },
  article: {
    updated: 'Оновлено',
    minutes: (n: number) => `${n} хв читання`,
    changes: 'Що змінилося',
    notes: 'Цитовані джерела',
    notesAt: (origin: string) => `Цитовані джерела, на ${origin}`,
    rail: 'Події та терміни в цій статті',
    railEvents: 'Події з хронології',
    railCompare: 'Порівняння джерел',
    railTerms: 'Ключові терміни',
    toc: 'Зміст',
  },
  correction: {
    label: 'Виправлення',
    right: 'Правильно:',
    earlierBelow: (n: number) =>
      `Ще ${
        n === 1
          ? 'одне попереднє виправлення'
          : countOf('uk', n, {
              one: 'попереднє виправлення',
              few: 'попередні виправлення',
              many: 'попередніх виправлень',
              other: 'попереднього виправлення',
            })
      } наведено наприкінці статті.`,
    earlierTitle: 'Попередні виправлення',
    title: 'Виправлення',
    description: 'Усі виправлення, які ми внесли, від найновіших.',
    dek:
      'Коли ми помиляємося, то кажемо про це на відповідній сторінці (стаття показує останнє виправлення вгорі, ' +
      'попередні — наприкінці) й наводимо виправлення тут: дату, що було неправильно і як правильно. Дрібніші ' +
      'правки перелічено в розділі «Що змінилося» кожної статті.',
    none: 'Виправлень поки немає.',
    kinds: {
      articles: 'Стаття',
      timeline: 'Подія хронології',
      glossary: 'Термін глосарію',
      people: 'Особа чи організація',
      questions: 'Ключове питання',
      tracks: 'Напрям переговорів',
      comparison: 'Порівняння джерел',
      pages: 'Сторінка',
    },
    feedTitle: (title: string) => `Виправлення: ${title}`,
    feedCategory: 'Виправлення',
  },
  backLinks: {
    mentionedIn: 'Згадано в',
    citedIn: 'Цитовано в',
    more: (n: number) => ` і ще ${n}`,
    kinds: { timeline: 'Хронологія', glossary: 'Глосарій', people: 'Особи' },
  },
  archive: {
    title: 'Усі статті',
    pageTitle: (page: number, last: number) => `Усі статті, сторінка ${page} з ${last}`,
    description: (total: number) => `Усі статті сайту, від найновіших (усього ${total}).`,
    dek: (total: number, page: number, last: number) =>
      `Усі статті, від останнього оновлення: усього ${total}${last > 1 ? `, сторінка ${page} з ${last}` : ''}.`,
    pager: 'Сторінки архіву',
    newer: 'Новіші статті',
    older: 'Давніші статті',
    page: (page: number, last: number) => `Сторінка ${page} з ${last}`,
  },
  timeline: {
    title: 'Хронологія',
    description: 'Усі події, які згадують джерела, у порядку розповіді; дати лише такі точні, як у джерелах.',
    dek: () => 'Усі зустрічі, дзвінки й заяви, згадані в джерелах, у тому порядку, який випливає з текстів.',
    datesAsGiven: 'Дати подано лише з тією точністю, з якою їх наводять джерела.',
    noYear: (sources: number) =>
      `${sources === 2 ? 'Жоден із двох текстів' : 'Жоден текст'} не вказує року: ` +
      'дати подано лише з тією точністю, з якою їх наводять джерела.',
    everyEvent: 'Усі події докладно',
    involved: 'Учасники:',
    onALine: 'Історія на одній лінії',
    dated: (dated: number, total: number) =>
      dated === 0
        ? 'жодна подія не має календарної дати'
        : dated === 1
          ? 'календарну дату має лише одна подія'
          : `календарну дату ${plural('uk', dated, { one: 'має', other: 'мають' })} лише ${dated} з ${total} ` +
            plural('uk', total, { one: 'події', other: 'подій' }),
    glance: ['У порядку розповіді, без масштабу: ', ', тож проміжки між подіями невідомі. Хто бере участь у якому '],
    glanceLink: ['напрямі переговорів, показано на ', 'мапі переговорів', '.'],
    legend: 'Як на лінії позначено дати',
    certainty: {
      known: 'Дату вказано повністю',
      partial: 'Вказано день і місяць, рік не вказано',
      relative: 'Лише відносні слова джерела, без дати',
      unknown: 'Дату не вказано',
    },
    sourcesLabel: (n: number) => (n > 1 ? 'Джерела:' : 'Джерело:'),
    sentence: (n: string) => `, речення ${n}`,
    whenNotGiven: 'Дату не вказано',
    yearNotGiven: (dayMonth: string) => `${dayMonth} (рік не вказано)`,
    relative: (words: string) => `«${words}», дату не вказано`,
  },
  glossary: {
    title: 'Глосарій',
    description: 'Прості пояснення термінів, які трапляються в матеріалах про лондонські переговори.',
    intro: ['Терміни, які трапляються в новинах, простими словами. Визначення з позначкою', 'редакційне'],
    introAfter: 'є нашим власним поясненням, а не твердженням джерел.',
    also: 'Також:',
    editorial: 'редакційне',
    editorialNote: 'Наше пояснення; посилання показує, де джерела вживають цей термін.',
  },
  people: {
    title: 'Особи та організації',
    description:
      'Усі, кого джерела називають або описують у зв’язку з лондонськими переговорами, і їхня роль так, ' +
      'як її подають джерела.',
    dek: () =>
      'Усі, кого називають або описують джерела, з роллю в їхніх власних формулюваннях. Якщо джерело вказує ' +
      'посаду, але не ім’я, ми робимо так само.',
    kinds: { person: 'Особа', group: 'Група', organisation: 'Організація', role: 'Посада, ім’я не вказано' },
  },
  compare: {
    title: 'Порівняння джерел',
    description: (sources: number) =>
      `Тема за темою: що повідомляє кожен із текстів-джерел (${sources}), поруч, з реченнями, на яких це ` +
      'ґрунтується, і де тексти збігаються, різняться чи висвітлюють тему самотужки.',
    dek: () =>
      'Тема за темою: що повідомляє кожне джерело (нашими словами й з реченнями, на яких це ґрунтується) і чи ' +
      'джерела збігаються, різняться, суперечать одне одному, чи тему висвітлює лише одне з них.',
    theSources: 'Джерела',
    marks: 'Що означають позначки',
    topicCount: (n: number) => countOf('uk', n, { one: 'тема', few: 'теми', many: 'тем', other: 'теми' }),
    topics: 'Теми',
    more: (title: string) => `Докладніше: «${title}»`,
    editorNote: 'Примітка редакції',
    none: 'Порівнянь поки немає.',
    status: {
      agree: 'Джерела збігаються',
      'one-source': 'Лише одне джерело',
      differ: 'Джерела різняться',
      conflict: 'Джерела суперечать',
    },
    meaning: {
      agree: [
        'обидва джерела про це повідомляють, і їхні дані узгоджуються',
        'джерела, які про це повідомляють, кажуть узгоджене',
      ],
      'one-source': ['про це повідомляє одне джерело, інше мовчить', 'про це повідомляє одне джерело, інші мовчать'],
      differ: [
        'обидва торкаються теми з різними подробицями чи акцентами, але не заперечують одне одного',
        'кілька джерел торкаються теми з різними подробицями чи акцентами, але не заперечують одне одного',
      ],
      conflict: [
        'вони кажуть те, що не може бути правдою водночас; пояснює примітка редакції',
        'деякі кажуть те, що не може бути правдою водночас; пояснює примітка редакції',
      ],
    },
  },
  talks: {
    title: 'Мапа переговорів',
    description:
      'Дипломатичні напрями, описані в джерелах (Лондон, Париж і переговори посланця США з Москвою), ' +
      'і хто, за джерелами, бере участь у кожному.',
    dek: () =>
      'Напрями дипломатії, які описують джерела, і хто, за їхніми даними, бере участь у кожному. Кожне ім’я веде ' +
      'до того, що джерела повідомляють про цю особу чи організацію; кожен напрям веде до свого місця в хронології.',
    caption: (sources: number) =>
      `Напрями показано поруч і не з’єднано: ${sources === 2 ? 'жодне з двох джерел' : 'жодне джерело'} не ` +
      'каже, як вони пов’язані. Ті самі відомості подано й списком, із джерелами.',
    tracks: 'Напрями переговорів та їхні учасники',
    placeNotGiven: 'Місце не вказано',
    takingPart: 'Учасники, як їх описують джерела:',
    noOne: 'Джерела не називають жодного учасника цього напряму.',
    onTimeline: 'У хронології:',
    none: 'Напрямів переговорів поки не описано.',
    seeAlso: ['Див. також ', 'хронологію', ' та ', 'порівняння джерел', '.'],
  },
  sources: {
    title: 'Джерела',
    description: (n: number) =>
      `${plural('uk', n, { one: 'Текст-джерело', other: 'Тексти-джерела' })}, на основі яких написано цей ` +
      'сайт, дослівно, речення за реченням.',
    dek:
      'Сайт написано лише на основі цих текстів. Кожен наведено саме так, як ми його отримали, з поділом на ' +
      'пронумеровані речення, на які посилається решта сайту. Тексти подано мовою оригіналу (англійською).',
    sentences: (n: number) => countOf('uk', n, { one: 'речення', few: 'речення', many: 'речень', other: 'речення' }),
    inEnglish: 'англійською',
  },
  notFound: {
    title: 'Сторінку не знайдено',
    dek: 'За цією адресою сторінки немає. Можливо, її перенесено, або в посиланні помилка.',
    startFrom: ['Або почніть з ', 'головної сторінки', ', ', 'хронології', ' чи ', 'глосарію', '.'],
  },
  page: { updated: 'Оновлено' },
  feed: { article: 'Стаття', event: 'Подія хронології' },
  topics: {
    overview: 'Огляд',
    participants: 'Хто бере участь',
    sanctions: 'Санкції',
    territory: 'Крим і території',
    security: 'Гарантії безпеки',
    diplomacy: 'Дипломатичні напрями',
    positions: 'Позиції',
    outlook: 'Що далі',
    sources: 'Джерела',
  },
};

export const strings: Record<Lang, Strings> = { en, uk };
