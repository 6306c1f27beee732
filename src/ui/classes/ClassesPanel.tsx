/** A classification run's class views: the grid of validation images (image data) as the model learns, and the confusion matrix when it ends. */
import { useMemo } from 'react';
import { liveThrottled } from '../state/liveThrottled';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { ConfusionTable } from './ConfusionTable';
import { DigitGrid } from './DigitGrid';
import './classes.css';

export function ClassesPanel({ session }: { session: RunSessionStore }) {
  const onBeat = useMemo(() => liveThrottled(session, 'drawing'), [session]);
  const samples = useStore(onBeat, (state) => state.classSamples);
  const frame = useStore(onBeat, (state) => state.classFrame);
  const confusion = useStore(onBeat, (state) => state.confusion);
  if (!samples || (samples.count === 0 && !confusion)) return null;
  return (
    <section className="panel classes-panel" aria-labelledby="classes-heading">
      <div className="panel-heading">
        <h2 id="classes-heading">{samples.count > 0 ? 'Validation images and predictions' : 'Confusion matrix'}</h2>
        <span className="panel-hint">{confusion ? `confusion over ${samples.validationRows} validation rows` : 'the confusion matrix comes when the run ends'}</span>
      </div>
      {samples.count > 0 && <DigitGrid samples={samples} frame={frame} />}
      {confusion && <ConfusionTable classes={samples.classes} counts={confusion} />}
    </section>
  );
}
