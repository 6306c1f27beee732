/** What became of the last setup file: loaded, or why not (the run is unchanged then). */
import { useEffect, useRef } from 'react';
import { ProblemList } from '../share/ProblemList';
import type { FileOutcome } from './useSetupFile';

export function FileOutcomeNote({ outcome }: { outcome: FileOutcome | null }) {
  const note = useRef<HTMLDivElement>(null);
  // A file dropped while the page is scrolled: bring the answer into view.
  useEffect(() => {
    note.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  if (!outcome) return null;
  if (outcome.kind === 'loaded') {
    return (
      <div ref={note} role="status" className="muted" data-testid="file-loaded">
        Loaded {outcome.name}.
      </div>
    );
  }
  return (
    <div ref={note} role="alert" className="blocked-reason" data-testid="file-problems">
      {outcome.name} was not loaded, so your setup is unchanged:
      <ProblemList problems={outcome.problems} />
    </div>
  );
}
