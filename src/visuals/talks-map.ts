/**
 * Lays out the map of the talks as SVG geometry, at build time: one column per
 * diplomatic track (its node on top, linking to its timeline event) and under
 * it, hanging from a line, everyone the people entries place in that track
 * (each linking to their entry). A person in two tracks appears under both.
 * The tracks are not joined to each other: the sources do not say how they
 * relate. `columns: 1` stacks the tracks for narrow screens.
 */
import { wrapWords } from './wrap.ts';

export interface MapTrack {
  id: string;
  label: string;
  /** Small lines under the label: the place, the date as the sources give it. */
  details: string[];
  href: string;
  people: Array<{ id: string; name: string; href: string }>;
}

export interface MapBox {
  kind: 'track' | 'person';
  /** `track:london`, `person:marco-rubio@london`. */
  key: string;
  href: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Text lines with their baseline (relative to the box) and style. */
  lines: Array<{ text: string; y: number; style: 'label' | 'detail' | 'name' }>;
}

export interface MapLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MapLayout {
  width: number;
  height: number;
  boxes: MapBox[];
  lines: MapLine[];
}

/** Type sizes in SVG user units and the average glyph width used to wrap. */
const TYPE = {
  label: { size: 17, lead: 21, em: 0.58 },
  detail: { size: 13, lead: 17, em: 0.52 },
  name: { size: 14, lead: 18, em: 0.53 },
} as const;
const PAD = 10;

function textBox(parts: Array<{ text: string; style: keyof typeof TYPE }>, width: number) {
  const lines: MapBox['lines'] = [];
  let y = PAD;
  for (const part of parts) {
    const t = TYPE[part.style];
    const max = Math.max(8, Math.floor((width - 2 * PAD) / (t.size * t.em)));
    for (const text of wrapWords(part.text, max)) {
      y += t.lead;
      lines.push({ text, y: y - (t.lead - t.size) / 2 - 2, style: part.style });
    }
  }
  return { lines, h: y + PAD };
}

export function layoutTalksMap(tracks: MapTrack[], options: { columns: 'all' | 1; columnWidth?: number }): MapLayout {
  const colW = options.columnWidth ?? (options.columns === 1 ? 340 : 250);
  const gap = 14;
  const boxes: MapBox[] = [];
  const lines: MapLine[] = [];
  let stackY = 0;
  let height = 0;

  tracks.forEach((track, i) => {
    const x0 = options.columns === 1 ? 0 : i * colW;
    const top = options.columns === 1 ? stackY : 0;
    const trackW = colW - 2 * (options.columns === 1 ? 1 : gap / 2);
    const tx = x0 + (options.columns === 1 ? 1 : gap / 2);
    const head = textBox(
      [{ text: track.label, style: 'label' }, ...track.details.map((d) => ({ text: d, style: 'detail' as const }))],
      trackW,
    );
    boxes.push({
      kind: 'track',
      key: `track:${track.id}`,
      href: track.href,
      x: tx,
      y: top + 1,
      w: trackW,
      h: head.h,
      lines: head.lines,
    });

    const busX = tx + 16;
    const px = tx + 34;
    const pw = tx + trackW - px;
    let y = top + 1 + head.h + 12;
    let lastMid: number | undefined;
    for (const person of track.people) {
      const body = textBox([{ text: person.name, style: 'name' }], pw);
      boxes.push({
        kind: 'person',
        key: `person:${person.id}@${track.id}`,
        href: person.href,
        x: px,
        y,
        w: pw,
        h: body.h,
        lines: body.lines,
      });
      lastMid = y + body.h / 2;
      lines.push({ x1: busX, y1: lastMid, x2: px, y2: lastMid });
      y += body.h + 10;
    }
    if (lastMid !== undefined) lines.push({ x1: busX, y1: top + 1 + head.h, x2: busX, y2: lastMid });
    const bottom = lastMid === undefined ? top + 1 + head.h : y - 10;
    height = Math.max(height, bottom + 1);
    stackY = bottom + 28;
  });

  const width = options.columns === 1 ? colW + 2 : Math.max(1, tracks.length) * colW;
  return { width, height: Math.max(height, 1), boxes, lines };
}
