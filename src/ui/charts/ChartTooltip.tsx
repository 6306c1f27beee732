/** What hovering an epoch shows: every series at that epoch, and what each callback did there, in Keras's words. */
import type { ChartSpec, Marker } from './chartModel';
import { seriesColor } from './seriesColor';

interface ChartTooltipProps {
  spec: ChartSpec;
  epoch: number | null;
  markers: readonly Marker[];
  setters?: ReadonlyMap<number, string>;
  smoothedAt?: (key: string, epoch: number) => number | null;
}

function format(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isFinite(value) ? value.toPrecision(4) : String(value);
}

export function ChartTooltip({ spec, epoch, markers, setters, smoothedAt }: ChartTooltipProps) {
  if (epoch === null) return null;
  const row = spec.rows.find((candidate) => candidate.epoch === epoch);
  const here = markers.filter((marker) => marker.epoch === epoch);
  const setter = setters?.get(epoch);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-epoch">Epoch {epoch}</p>
      <table>
        <tbody>
          {spec.series.map((series, index) => {
            const smoothed = smoothedAt?.(series.key, epoch);
            return (
              <tr key={series.key}>
                <th scope="row">
                  <span className="swatch" style={{ background: seriesColor(series, index) }} />
                  {series.label}
                </th>
                <td>{format(row?.[series.key])}</td>
                {smoothed !== undefined && <td className="muted">{`smoothed ${format(smoothed)}`}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {setter && <p className="chart-tooltip-note">Set by {setter}</p>}
      {here.length > 0 && (
        <ul className="chart-tooltip-events">
          {here.map((marker, index) => (
            <li key={index}>
              <strong>{marker.callback}:</strong> {marker.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
