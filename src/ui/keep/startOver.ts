/** "Start over": the default run, nothing saved, and an address that names no setup. */
import { defaultRunConfig } from '../../config/runConfig';
import type { ConfigStore } from '../state/configStore';
import { KEPT_SETUP_KEY, type KeptStorage } from './keptSetup';

/** The address without a run share link or a lesson; a compare link (`#c1.…`) and other settings stay. */
export function addressWithoutSetup(href: string): string {
  const url = new URL(href);
  if (/^#?p\d+\./.test(url.hash)) url.hash = '';
  url.searchParams.delete('preset');
  return url.toString();
}

export function startOver(store: ConfigStore, storage: KeptStorage | null, replaceAddress: (href: string) => void, href: string): void {
  replaceAddress(addressWithoutSetup(href));
  try {
    storage?.removeItem(KEPT_SETUP_KEY);
  } catch {
    // Storage refused: the default run is loaded all the same.
  }
  store.load(defaultRunConfig());
}
