/** Registers the offline service worker once the page is quiet: loaded a while ago, and no run training (registerServiceWorker.ts). */
import { useEffect } from 'react';
import { registerServiceWorker } from '../../offline/registerServiceWorker';
import { isActive, type RunSessionStore } from './runSession';

export function useServiceWorkerWhenQuiet(session: RunSessionStore): void {
  useEffect(() => registerServiceWorker({ busy: () => isActive(session.getState().status), subscribe: session.subscribe }), [session]);
}
