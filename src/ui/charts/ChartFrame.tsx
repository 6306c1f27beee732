/**
 * What every chart shows around its plot, live (canvas) or finished
 * (recharts): the title, the legend, the note, a text summary for screen
 * readers, and the attributes the page is read by (`chart-<id>`,
 * `data-points`, `data-markers`). The plot itself comes as children.
 */
import type { ReactNode, Ref } from 'react';
import type { ChartSpec } from './chartModel';
import { seriesColor } from './seriesColor';

interface ChartFrameProps {
  spec: ChartSpec;
  markerCount: number;
  note?: string | null;
  /** Buttons after the legend (zoom reset, downloads). */
  actions?: ReactNode;
  figureRef?: Ref<HTMLElement>;
  /** The plot stays mounted while there are no epochs, under the empty chart's message (the canvas chart: measured before its first epoch). */
  plotWhenEmpty?: boolean;
  children: ReactNode;
}

export function chartSummary(spec: ChartSpec): string {
  const last = spec.rows.at(-1);
  if (!last) return 'No epochs yet';
  return spec.series.map((series) => `${series.label} ${last[series.key]?.toPrecision(4) ?? '–'}`).join(', ') + ` at epoch ${last.epoch}`;
}

export function ChartFrame({ spec, markerCount, note, actions, figureRef, plotWhenEmpty = false, children }: ChartFrameProps) {
  const empty = spec.rows.length === 0 ? <p className="chart-empty">{spec.title} appears here epoch by epoch as the model trains.</p> : null;
  const titleId = `chart-${spec.id}-title`;
  return (
    <figure className="chart" ref={figureRef} aria-labelledby={titleId} data-testid={`chart-${spec.id}`} data-points={spec.rows.length} data-markers={markerCount}>
      <figcaption className="chart-header">
        <span id={titleId} className="chart-title">
          {spec.title}
          {spec.scale === 'log' && <span className="chart-scale"> (log scale)</span>}
        </span>
        <span className="chart-legend" aria-hidden="true">
          {spec.series.map((series, index) => (
            <span key={series.key} className={`legend-item${series.faded ? ' legend-past' : ''}`}>
              <span className={`legend-line${series.validation ? ' dashed' : ''}`} style={{ borderColor: seriesColor(series, index), opacity: series.faded ? 0.6 : 1 }} />
              {series.label}
            </span>
          ))}
        </span>
        {actions && <span className="chart-actions">{actions}</span>}
      </figcaption>
      <p className="visually-hidden" aria-live="off">
        {chartSummary(spec)}
      </p>
      {note && <p className="chart-note">{note}</p>}
      <div className="chart-body">
        {plotWhenEmpty ? (
          <>
            {children}
            {empty}
          </>
        ) : (
          (empty ?? children)
        )}
      </div>
    </figure>
  );
}
