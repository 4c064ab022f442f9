// smartypants ships no types; the one function we use.
declare module 'smartypants' {
  /** SmartyPants with Unicode output; `attr` selects the transformations ("q": quotes only). */
  export function smartypantsu(text: string, attr?: string): string;
}
