/** The coach's memory for one task kind: what it holds, as JSON; export, import (validated) and reset. */
import { useEffect, useState } from 'react';
import type { CoachMemory } from '../../callbacks';
import { parseCoachMemory } from '../../config/coachMemoryFile';
import { problemsToText } from '../../config/parseResult';
import { saveBlob } from '../files/saveBlob';
import { coachMemoryChanged, coachMemoryStore, onCoachMemoryChange } from './coachMemoryRun';

export function CoachMemoryControls({ taskKind }: { taskKind: string }) {
  const [memory, setMemory] = useState<CoachMemory | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void coachMemoryStore().load(taskKind).then((loaded) => live && setMemory(loaded), () => live && setMemory(null));
    read();
    const stop = onCoachMemoryChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [taskKind]);

  const importFile = async (file: File) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setProblem(`${file.name} is not JSON, so not a coach memory.`);
      return;
    }
    const parsed = parseCoachMemory(raw);
    if (!parsed.ok) {
      setProblem(`${file.name} is not a coach memory: ${problemsToText(parsed.problems)}`);
      return;
    }
    setProblem(null);
    await coachMemoryStore().save({ ...parsed.value, taskKind });
    coachMemoryChanged();
  };

  const observations = memory ? memory.models.reduce((sum, model) => sum + model.state.n, 0) : 0;
  return (
    <details className="coach-memory">
      <summary data-testid="coach-memory-summary">
        Memory for {taskKind} tasks: {memory ? `${memory.runs} run${memory.runs === 1 ? '' : 's'}, ${observations} judged decisions` : 'empty'}
      </summary>
      {memory && <pre className="coach-memory-json">{JSON.stringify(memory, null, 1)}</pre>}
      <div className="button-row">
        <button type="button" disabled={!memory} onClick={() => memory && saveBlob(new Blob([JSON.stringify(memory)], { type: 'application/json' }), `lr-coach-memory-${taskKind}.json`)}>
          Export memory
        </button>
        <label className="file-button">
          Import memory
          <input type="file" accept="application/json,.json" aria-label="Import a coach memory file" onChange={(event) => event.target.files?.[0] && void importFile(event.target.files[0])} />
        </label>
        <button
          type="button"
          disabled={!memory}
          onClick={() => void coachMemoryStore().reset(taskKind).then(coachMemoryChanged)}
        >
          Reset memory
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
