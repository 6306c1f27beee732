/**
 * Past runs laid under the current one: each ticked run's series of the
 * same chart, keyed `loss@<run id>`, faded, in the run's colour and named
 * after it in the legend, merged into the chart's rows by epoch. The current
 * run's series keep their places (and colours); the overlays come after
 * them in the legend and are drawn first, under them.
 */
import type { CallbackEvent } from '../../callbacks';
import type { EpochRow } from '../../training/protocol';
import { buildMarkers, MARKER_KINDS, type ChartSpec, type Marker } from './chartModel';
import type { ChartRow } from './downsample';

export type OverlayEpoch = Pick<EpochRow, 'epoch' | 'logs' | 'lrDuring'>;

/** A kept event: as the engine emitted it, its kind read back from storage as a plain string. */
export type OverlayEvent = Omit<CallbackEvent, 'kind'> & { kind: string };

export interface OverlayRun {
  id: string;
  label: string;
  colour: string;
  history: readonly OverlayEpoch[];
  events: readonly OverlayEvent[];
}

/** Muted colours, apart from the current run's blue and orange. */
export const OVERLAY_COLOURS = ['#64748b', '#0f766e', '#a16207', '#7c3aed'] as const;

export const overlayKey = (key: string, runId: string) => `${key}@${runId}`;

export function withOverlays(spec: ChartSpec, overlays: readonly OverlayRun[], specOf: (history: readonly OverlayEpoch[]) => ChartSpec | null): ChartSpec {
  if (overlays.length === 0) return spec;
  const rows = new Map<number, ChartRow>(spec.rows.map((row) => [row.epoch, { ...row }]));
  const series = [...spec.series];
  for (const run of overlays) {
    const theirs = specOf(run.history);
    if (!theirs) continue;
    for (const own of theirs.series) {
      const key = overlayKey(own.key, run.id);
      series.push({ key, label: `${run.label}: ${own.label}`, validation: own.validation, colour: run.colour, faded: true });
      for (const row of theirs.rows) {
        const target = rows.get(row.epoch) ?? { epoch: row.epoch };
        target[key] = row[own.key] ?? null;
        rows.set(row.epoch, target);
      }
    }
  }
  return { ...spec, series, rows: [...rows.values()].sort((a, b) => a.epoch - b.epoch) };
}

const isMarkerEvent = (event: OverlayEvent): event is CallbackEvent => (MARKER_KINDS as ReadonlySet<string>).has(event.kind);

/** Where each past run's callbacks acted, named after the run: shown when hovering an epoch, not drawn. */
export function overlayMarkers(overlays: readonly OverlayRun[], keep: (marker: Marker) => boolean = () => true): Marker[] {
  return overlays.flatMap((run) =>
    buildMarkers(run.events.filter(isMarkerEvent), run.history)
      .filter(keep)
      .map((marker) => ({ ...marker, callback: `${run.label}: ${marker.callback}` })),
  );
}
