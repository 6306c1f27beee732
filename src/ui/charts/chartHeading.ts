/**
 * The heading a downloaded chart carries above its plot, since the page's
 * title and legend are HTML outside the SVG: the title, then each series as
 * a short line in its colour (dashed for val_) and its label, wrapped onto a
 * new row when the width runs out. Pure layout: positions, no DOM.
 */
export interface LegendEntry {
  label: string;
  color: string;
  dashed: boolean;
}

export interface PlacedEntry extends LegendEntry {
  x: number;
  y: number;
}

export interface ChartHeading {
  height: number;
  title: { x: number; y: number };
  entries: PlacedEntry[];
}

/** About the width of a character of 11-px system text; enough to keep entries apart. */
const CHAR_WIDTH = 6.5;
const SWATCH = 18;
const GAP = 14;
const ROW = 16;
const PAD = 8;

export function chartHeading(title: string, legend: readonly LegendEntry[], width: number): ChartHeading {
  const entries: PlacedEntry[] = [];
  let x = PAD + title.length * 8 + GAP;
  let y = PAD + 11;
  for (const entry of legend) {
    const size = SWATCH + 4 + entry.label.length * CHAR_WIDTH;
    if (x + size > width - PAD && x > PAD) {
      x = PAD;
      y += ROW;
    }
    entries.push({ ...entry, x, y });
    x += size + GAP;
  }
  return { height: y + PAD, title: { x: PAD, y: PAD + 11 }, entries };
}
