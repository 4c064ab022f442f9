/**
 * The pure parts of the drawings: how firmly an event is dated (and so how
 * it is drawn), and the geometry of the map of the talks.
 */
import { describe, expect, it } from 'vitest';
import { certainty } from '../../src/visuals/timeline-certainty.ts';
import { layoutTalksMap, type MapBox, type MapTrack } from '../../src/visuals/talks-map.ts';
import { wrapWords as wrap } from '../../src/visuals/wrap.ts';

describe('certainty: how an event is drawn on the line', () => {
  it('draws only a date with a year as known', () => {
    expect(certainty({ date: { year: 2025, month: 4, day: 21 } })).toBe('known');
    expect(certainty({ date: { year: 2025 } })).toBe('known');
  });
  it('draws a day or month with no year, relative words and nothing at all as uncertain', () => {
    expect(certainty({ date: { month: 4, day: 21 } })).toBe('partial');
    expect(certainty({ date: { month: 4 } })).toBe('partial');
    expect(certainty({ relative: 'in the coming days' })).toBe('relative');
    expect(certainty({})).toBe('unknown');
    // A date wins over relative words when the source gives both.
    expect(certainty({ date: { month: 4, day: 21 }, relative: 'earlier this week' })).toBe('partial');
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps long words whole', () => {
    expect(wrap('Officials of France, Germany, the UK and Ukraine', 20)).toEqual([
      'Officials of France,',
      'Germany, the UK and',
      'Ukraine',
    ]);
    expect(wrap('Extraordinarilylongword here', 8)).toEqual(['Extraordinarilylongword', 'here']);
  });
});

const tracks: MapTrack[] = [
  {
    id: 'london',
    label: 'London',
    details: ['“in the coming days”, no date given'],
    href: '/timeline/#london-talks',
    people: [
      { id: 'a', name: 'Officials of France, Germany, the UK and Ukraine', href: '/people/#a' },
      { id: 'b', name: 'Marco Rubio', href: '/people/#b' },
    ],
  },
  {
    id: 'paris',
    label: 'Paris',
    details: ['Date not given'],
    href: '/timeline/#paris',
    people: [{ id: 'b', name: 'Marco Rubio', href: '/people/#b' }],
  },
  {
    id: 'moscow',
    label: 'US envoy and Moscow',
    details: ['Place not given', 'Date not given'],
    href: '/timeline/#envoy',
    people: [],
  },
];

const overlap = (a: MapBox, b: MapBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each([
  ['side by side', 'all'],
  ['stacked', 1],
] as const)('layoutTalksMap, %s', (_name, columns) => {
  const layout = layoutTalksMap(tracks, { columns });

  it('draws one node per track and one per person per track, each with its link', () => {
    expect(layout.boxes.filter((b) => b.kind === 'track').map((b) => b.href)).toEqual(tracks.map((t) => t.href));
    // Marco Rubio takes part in two tracks, so he hangs under both.
    expect(layout.boxes.filter((b) => b.kind === 'person').map((b) => b.key)).toEqual([
      'person:a@london',
      'person:b@london',
      'person:b@paris',
    ]);
    for (const b of layout.boxes) expect(b.href).toMatch(/^\/(timeline|people)\/#/);
  });

  it('keeps every node and line inside the drawing, with no two nodes overlapping', () => {
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
      // The text fits the box it is in.
      for (const t of b.lines) expect(t.y).toBeLessThan(b.h);
    }
    for (const l of layout.lines) {
      for (const x of [l.x1, l.x2]) expect(x >= 0 && x <= layout.width, `x ${x}`).toBe(true);
      for (const y of [l.y1, l.y2]) expect(y >= 0 && y <= layout.height, `y ${y}`).toBe(true);
    }
    for (const [i, a] of layout.boxes.entries())
      for (const b of layout.boxes.slice(i + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
  });

  it('places each person below their track, joined to it', () => {
    for (const person of layout.boxes.filter((b) => b.kind === 'person')) {
      const track = layout.boxes.find((b) => b.key === `track:${person.key.split('@')[1]}`)!;
      expect(person.y).toBeGreaterThan(track.y + track.h);
      expect(person.x).toBeGreaterThan(track.x);
      expect(person.x + person.w).toBeLessThanOrEqual(track.x + track.w);
      const mid = person.y + person.h / 2;
      expect(layout.lines.some((l) => l.y1 === mid && l.y2 === mid && l.x2 === person.x)).toBe(true);
    }
  });
});

describe('layoutTalksMap, stacked', () => {
  it('is narrow and puts each track below the previous one', () => {
    const layout = layoutTalksMap(tracks, { columns: 1 });
    const wide = layoutTalksMap(tracks, { columns: 'all' });
    expect(layout.width).toBeLessThan(wide.width);
    const heads = layout.boxes.filter((b) => b.kind === 'track');
    for (let i = 1; i < heads.length; i++) expect(heads[i]!.y).toBeGreaterThan(heads[i - 1]!.y + heads[i - 1]!.h);
  });
});
