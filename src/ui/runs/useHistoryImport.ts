/**
 * A Keras history file into the Runs list: too large a file is refused
 * before it is read; one that does not read as a history is refused with
 * the reader's reasons; either way nothing kept is touched. One that
 * reads is kept as a run of its own, in one write.
 */
import { useCallback, useState } from 'react';
import { readHistoryText, sizeProblem } from '../../export/historyFile';
import { newRunId } from '../../storage';
import { importedRun } from './importedRun';
import type { RunsController } from './runsController';

export type ImportOutcome = { kind: 'imported'; name: string; epochs: number; notes: string[] } | { kind: 'refused'; name: string; problems: string[] };

export function useHistoryImport(runs: RunsController): { outcome: ImportOutcome | null; importFile: (file: File) => void } {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const importFile = useCallback(
    (file: File) => {
      void (async () => {
        const tooLarge = sizeProblem(file.size);
        if (tooLarge && !tooLarge.ok) {
          setOutcome({ kind: 'refused', name: file.name, problems: tooLarge.problems });
          return;
        }
        let text: string;
        try {
          text = await file.text();
        } catch (error) {
          setOutcome({ kind: 'refused', name: file.name, problems: [`the file could not be read (${error instanceof Error ? error.message : String(error)})`] });
          return;
        }
        const { format, result } = readHistoryText(text);
        if (!result.ok) {
          setOutcome({ kind: 'refused', name: file.name, problems: result.problems });
          return;
        }
        const now = Date.now();
        const kept = await runs.keep(importedRun(newRunId(now), file.name, format, result.value, now));
        setOutcome(
          kept
            ? { kind: 'imported', name: file.name, epochs: result.value.epochs.length, notes: result.value.notes }
            : { kind: 'refused', name: file.name, problems: ['it could not be kept in this browser’s storage'] },
        );
      })();
    },
    [runs],
  );
  return { outcome, importFile };
}
