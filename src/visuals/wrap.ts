/** Word wrap by character count, for text drawn into SVG (the map of the talks, share cards). */

/** Greedy word wrap to at most `max` characters a line (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** Wraps into a fixed box: a word too long for a line, and a text too long for the box, end with "…". */
export function wrapToBox(text: string, max: number, maxLines: number): string[] {
  const lines = wrapWords(text, max).map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept;
}
