/**
 * The confusion matrix when a classification run ends: a real table (true
 * class by row, predicted by column, headers scoped), so a screen reader
 * reads each count with both its classes; the diagonal is marked, and a
 * sentence above says how many rows are right and the commonest mistake.
 */
import { confusionView, describeConfusion } from './confusionView';

export function ConfusionTable({ classes, counts }: { classes: readonly string[]; counts: readonly number[] }) {
  const view = confusionView(classes, counts);
  const largest = Math.max(1, ...view.rows.flat());
  return (
    <figure className="confusion" data-testid="confusion-matrix">
      <p className="confusion-summary" data-testid="confusion-summary">
        {describeConfusion(view)}
      </p>
      <div className="confusion-scroll" tabIndex={0} role="region" aria-label="Confusion matrix">
        <table>
          <caption>Validation rows by true class (rows) and predicted class (columns)</caption>
          <thead>
            <tr>
              <th scope="col">true \ predicted</th>
              {view.classes.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, actual) => (
              <tr key={view.classes[actual]}>
                <th scope="row">{view.classes[actual]}</th>
                {row.map((count, predicted) => {
                  const right = actual === predicted;
                  const strength = count / largest;
                  return (
                    <td
                      key={predicted}
                      className={right ? 'confusion-right' : count > 0 ? 'confusion-wrong' : undefined}
                      style={{ ['--strength' as string]: strength.toFixed(3) }}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
