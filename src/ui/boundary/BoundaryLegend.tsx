/** What the boundary's colours and rings mean. */
import type { BoundaryData } from '../../training/protocol';
import { binaryCellColor, classColor, cssColor } from './boundaryColors';

function BinaryScale({ classes }: { classes: readonly string[] }) {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((p) => `${cssColor(binaryCellColor(p))} ${p * 100}%`).join(', ');
  return (
    <figure className="boundary-scale">
      <div className="boundary-gradient" style={{ background: `linear-gradient(to right, ${stops})` }} aria-hidden="true" />
      <figcaption>
        <span>{classes[0]}</span>
        <span>predicted probability of class {classes[1]}: 0 to 1, 0.5 is the boundary</span>
        <span>{classes[1]}</span>
      </figcaption>
    </figure>
  );
}

export function BoundaryLegend({ data }: { data: BoundaryData }) {
  const count = data.classes.length;
  return (
    <div className="boundary-legend">
      <ul aria-label="Classes">
        {data.classes.map((name, index) => (
          <li key={name}>
            <span className="boundary-swatch" style={{ background: cssColor(classColor(index, count)) }} aria-hidden="true" />
            class {name}
          </li>
        ))}
      </ul>
      {count <= 2 ? <BinaryScale classes={data.classes} /> : <p className="panel-hint">Each area takes the colour of the class the model predicts there; paler where it is less sure.</p>}
      <ul aria-label="Points">
        <li>
          <span className="boundary-ring boundary-ring-train" aria-hidden="true" /> white ring: training point
        </li>
        {data.validation && (
          <li>
            <span className="boundary-ring boundary-ring-validation" aria-hidden="true" /> dark ring: validation point
          </li>
        )}
      </ul>
    </div>
  );
}
