/** Counts in words, so page texts stay right whatever the number of sources: "three source texts". */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export const numberWord = (n: number): string => WORDS[n] ?? String(n);

/** `counted(3, 'source text')` → "three source texts"; `counted(1, 'source')` → "one source". */
export const counted = (n: number, noun: string): string => `${numberWord(n)} ${noun}${n === 1 ? '' : 's'}`;

/** `theSources(2)` → "the two sources"; `theSources(1)` → "the source". */
export const theSources = (n: number): string => (n === 1 ? 'the source' : `the ${numberWord(n)} sources`);
