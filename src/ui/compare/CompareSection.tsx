/** The compare panel wired to the page's setup store. */
import type { BackendRequest } from '../../training/protocol';
import type { ConfigStore } from '../state/configStore';
import { useStore } from '../state/useStore';
import { ComparePanel } from './ComparePanel';

export function CompareSection({ config, backend }: { config: ConfigStore; backend: BackendRequest }) {
  const validation = useStore(config, (state) => state.validation);
  return <ComparePanel current={validation.ok ? validation.config : null} backend={backend} />;
}
