/** The data of a chart of several runs (RunsChart): a curve per run, each with its own points, and labelled vertical marks. */
export interface CurvePoint {
  x: number;
  y: number | null;
}

/** Where a group of seeds spread at one x: their lowest and highest value, and each seed's (null where it had none). */
export interface BandPoint {
  x: number;
  lo: number;
  hi: number;
  seeds: (number | null)[];
}

export interface ChartCurve {
  id: string;
  label: string;
  colour: string;
  points: CurvePoint[];
  /** Replays and previews are dashed, so they never pass for a trained run. */
  dashed?: boolean;
  /** A group of seeds: `points` is their mean, drawn over this min–max band. */
  band?: BandPoint[];
  /** The seeds' numbers, in the order of each band point's `seeds`. */
  seedNames?: number[];
}

export interface ChartMark {
  x: number;
  colour: string;
  label: string;
}
