/**
 * The markers inside a recharts chart, drawn by MarkerLayer from the chart's
 * own scales: one component instead of a recharts ReferenceLine/ReferenceDot
 * per marker, because recharts 3 re-registers every reference element in its
 * chart store on each render of it, and each registration recomputes the
 * chart's selectors, so a long run's markers made every redraw slower.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { PlacedMarkers } from './markerPlacement';
import { MarkerLayer } from './MarkerLayer';

export function ChartMarkers({ placed }: { placed: PlacedMarkers }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  return <MarkerLayer placed={placed} frame={{ x, y, area }} />;
}
