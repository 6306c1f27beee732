/** The preview wired to the page's stores: the validated setup, and the last finished run's losses. */
import { useMemo } from 'react';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import type { RunSessionStore } from '../watch/runSession';
import { lastFinishedHistory } from './lastFinishedHistory';
import { PreviewPanel } from './PreviewPanel';

export function PreviewSection({ config, session }: { config: ConfigStore; session: RunSessionStore }) {
  const validation = useStore(config, (state) => state.validation);
  const selectFinished = useMemo(() => lastFinishedHistory(), []);
  const history = useStore(session, selectFinished);
  const lastRun = useMemo(() => (history && history.length > 0 ? history.map((row) => row.logs) : null), [history]);
  return <PreviewPanel config={validation.ok ? validation.config : null} lastRun={lastRun} />;
}
