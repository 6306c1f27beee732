/** The data of a chart of several runs (RunsChart): a curve per run, each with its own points, and labelled vertical marks. */
export interface CurvePoint {
  x: number;
  y: number | null;
}

export interface ChartCurve {
  id: string;
  label: string;
  colour: string;
  points: CurvePoint[];
  /** Replays and previews are dashed, so they never pass for a trained run. */
  dashed?: boolean;
}

export interface ChartMark {
  x: number;
  colour: string;
  label: string;
}
