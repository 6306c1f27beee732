/**
 * Registers the offline service worker: only in production builds (the dev
 * server has no /sw.js and must never serve cached code), and only where
 * browsers allow one: https, or http on localhost.
 *
 * Not at once: installing it fetches every chunk and has the browser compile
 * the scripts it caches, one to two seconds of a core. On a first visit that
 * would fall on the seconds in which the training worker readies the setup
 * and the learner presses Train (`firstEpochMs`), so it waits until the page
 * has loaded, QUIET_MS more have passed, and no run is training.
 */
export function serviceWorkerAllowed(location: Pick<Location, 'protocol' | 'hostname'>, production: boolean): boolean {
  if (!production) return false;
  return location.protocol === 'https:' || (location.protocol === 'http:' && location.hostname === 'localhost');
}

/** How long after the page's load event the service worker waits before it installs. */
export const QUIET_MS = 8_000;

/** Whether a run trains, and a way to hear when that changes (the page's run session). */
export interface RunActivity {
  busy: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

/** Resolves `delayMs` after it is called, at a moment `activity` is not busy (at once if it is not then). */
export function quietAfter(delayMs: number, activity: RunActivity, schedule: (task: () => void, ms: number) => void = (task, ms) => setTimeout(task, ms)): Promise<void> {
  return new Promise((resolve) => {
    schedule(() => {
      if (!activity.busy()) {
        resolve();
        return;
      }
      const unsubscribe = activity.subscribe(() => {
        if (activity.busy()) return;
        unsubscribe();
        resolve();
      });
    }, delayMs);
  });
}

let registering = false;

export function registerServiceWorker(activity: RunActivity): void {
  if (registering || !('serviceWorker' in navigator) || !serviceWorkerAllowed(window.location, import.meta.env.PROD)) return;
  registering = true;
  const register = () => {
    void quietAfter(QUIET_MS, activity).then(() =>
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
        console.warn('Plateau will not work offline: the service worker did not register.', error);
      }),
    );
  };
  // After the page has loaded, so that filling the cache never competes with the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
