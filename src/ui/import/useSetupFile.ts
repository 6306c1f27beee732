/**
 * Opening a setup file (picked or dropped): a sound one replaces the run,
 * its code held back for consent; a broken one changes nothing and says
 * what is wrong, path by path.
 */
import { useCallback, useState } from 'react';
import type { FieldProblem } from '../../config/issuePath';
import type { ConfigStore } from '../state/configStore';
import { readSetupFile } from './readSetupFile';

export type FileOutcome = { kind: 'loaded'; name: string } | { kind: 'refused'; name: string; problems: FieldProblem[] };

export function useSetupFile(store: ConfigStore): { outcome: FileOutcome | null; open: (file: File) => void } {
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  const open = useCallback(
    (file: File) => {
      void readSetupFile(file).then((read) => {
        if (!read.ok) {
          setOutcome({ kind: 'refused', name: file.name, problems: read.problems });
          return;
        }
        store.loadUntrusted(read.value, 'a file');
        setOutcome({ kind: 'loaded', name: file.name });
      });
    },
    [store],
  );
  return { outcome, open };
}
