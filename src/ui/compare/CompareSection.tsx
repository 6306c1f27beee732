/** The compare panel wired to the page's setup store and to the compare link the page was opened with. */
import { useState } from 'react';
import type { BackendRequest } from '../../training/protocol';
import type { RunsController } from '../runs/runsController';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { compareLinkOnOpen } from './compareLinkOnOpen';
import { ComparePanel } from './ComparePanel';

export function CompareSection({ config, backend, runs }: { config: ConfigStore; backend: BackendRequest; runs?: RunsController }) {
  const validation = useStore(config, (state) => state.validation);
  // Read once, as the page opens: the link gives the starting variants, not a value to follow.
  const [opened] = useState(() => compareLinkOnOpen(window.location.hash));
  return <ComparePanel current={validation.ok ? validation.config : null} backend={backend} opened={opened} runs={runs} />;
}
