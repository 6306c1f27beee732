/**
 * Which markers a chart draws and how: checkpoints sit as dots on the curve
 * they monitor; other actions are dashed lines, one per epoch and kind,
 * labelled only when far enough from the last label to read.
 */
import type { ChartSpec, Marker } from './chartModel';

export interface PlacedMarkers {
  lines: { marker: Marker; labelled: boolean }[];
  dots: Marker[];
}

export function placeMarkers(spec: ChartSpec, markers: readonly Marker[]): PlacedMarkers {
  const keys = new Set(spec.series.map((series) => series.key));
  const first = spec.rows[0]?.epoch ?? 1;
  const span = Math.max(1, (spec.rows.at(-1)?.epoch ?? first) - first);
  const dots: Marker[] = [];
  const lines: { marker: Marker; labelled: boolean }[] = [];
  const seen = new Set<string>();
  let lastLabel = -Infinity;
  for (const marker of [...markers].sort((a, b) => a.epoch - b.epoch)) {
    if (marker.kind === 'checkpoint_saved' && marker.monitor && keys.has(marker.monitor)) {
      dots.push(marker);
      continue;
    }
    const id = `${marker.epoch}-${marker.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const labelled = marker.kind !== 'checkpoint_saved' && marker.epoch - lastLabel >= span / 24;
    if (labelled) lastLabel = marker.epoch;
    lines.push({ marker, labelled });
  }
  return { lines, dots };
}
