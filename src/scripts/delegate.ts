/** Calls `use` with the element matching `selector` that each of `types` of event happened in, and the type. */
export function delegate<E extends Element = HTMLAnchorElement>(
  types: string[],
  selector: string,
  use: (el: E, type: string) => void,
): void {
  for (const type of types)
    addEventListener(type, (e) => {
      const el = (e.target as Element | null)?.closest?.<E>(selector);
      if (el) use(el, type);
    });
}
