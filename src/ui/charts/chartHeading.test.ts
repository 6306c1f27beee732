import { describe, expect, it } from 'vitest';
import { chartHeading } from './chartHeading';

const legend = [
  { label: 'loss', color: '#1d4ed8', dashed: false },
  { label: 'val_loss', color: '#1d4ed8', dashed: true },
];

describe('a downloaded chart\'s heading', () => {
  it('puts the legend after the title on one row when it fits', () => {
    const heading = chartHeading('Loss', legend, 600);
    expect(heading.entries.map((entry) => entry.y)).toEqual([heading.title.y, heading.title.y]);
    expect(heading.entries[0]?.x).toBeGreaterThan(heading.title.x);
    expect(heading.entries[1]?.x).toBeGreaterThan(heading.entries[0]?.x ?? 0);
  });

  it('wraps entries that would run past the width, and grows to hold them', () => {
    const narrow = chartHeading('Loss', legend, 120);
    const wide = chartHeading('Loss', legend, 600);
    expect(new Set(narrow.entries.map((entry) => entry.y)).size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const entry of narrow.entries) expect(entry.x).toBeLessThan(120);
  });
});
