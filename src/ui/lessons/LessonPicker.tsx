/** Lessons to load: each a whole run on which one callback visibly does its job. */
import { useState } from 'react';
import { PRESETS } from '../../config/presets';
import { parseRunConfig } from '../../config/runConfig';
import type { ConfigStore } from '../state/configStore';
import { lessonNameIn, loadNamedLesson } from './namedLesson';

export function LessonPicker({ store, disabled }: { store: ConfigStore; disabled: boolean }) {
  // `?preset=ID` opens the page on that lesson (read once, as the page opens).
  const [named] = useState(() => loadNamedLesson(lessonNameIn(window.location.search), store));
  const [chosen, setChosen] = useState<string | null>(named.lesson?.id ?? null);
  const lesson = PRESETS.find((preset) => preset.id === chosen) ?? null;
  return (
    <section className="panel lessons" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">Lessons</h2>
      <p className="panel-hint">Load a run that shows one callback doing its job, then press Train.</p>
      {named.problem && (
        <p role="alert" className="blocked-reason" data-testid="lesson-problem">
          {named.problem}
        </p>
      )}
      <ul className="lesson-list">
        {PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className={`lesson${preset.id === chosen ? ' is-chosen' : ''}`}
              aria-pressed={preset.id === chosen}
              disabled={disabled}
              onClick={() => {
                const parsed = parseRunConfig(preset.config);
                if (!parsed.ok) return;
                store.load(parsed.value);
                setChosen(preset.id);
              }}
            >
              {preset.title}
            </button>
          </li>
        ))}
      </ul>
      {lesson && (
        <p className="lesson-teaches" role="status">
          <strong>Look for:</strong> {lesson.teaches}
        </p>
      )}
    </section>
  );
}
