/**
 * Registers the offline service worker: only in production builds (the dev
 * server has no /sw.js and must never serve cached code), and only where
 * browsers allow one: https, or http on localhost.
 */
export function serviceWorkerAllowed(location: Pick<Location, 'protocol' | 'hostname'>, production: boolean): boolean {
  if (!production) return false;
  return location.protocol === 'https:' || (location.protocol === 'http:' && location.hostname === 'localhost');
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !serviceWorkerAllowed(window.location, import.meta.env.PROD)) return;
  // After the page has loaded, so that filling the cache never competes with the first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('Plateau will not work offline: the service worker did not register.', error);
    });
  });
}
