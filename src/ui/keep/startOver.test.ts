import { describe, expect, it } from 'vitest';
import { defaultRunConfig, runConfigSchema } from '../../config/runConfig';
import { encodeSavedSetup } from '../../config/savedSetup';
import { createConfigStore } from '../state/configStore';
import { KEPT_SETUP_KEY } from './keptSetup';
import { addressWithoutSetup, startOver } from './startOver';
import { memoryStorage } from './testStorage';

describe('start over', () => {
  it('loads the default run, forgets the saved one and clears the setup from the address', () => {
    const kept = runConfigSchema.parse({ fit: { epochs: 3 }, callbacks: [{ type: 'TerminateOnNaN' }] });
    const store = createConfigStore(kept);
    const storage = memoryStorage({ [KEPT_SETUP_KEY]: encodeSavedSetup(kept) });
    let address = 'http://localhost/?preset=nan-caught&backend=cpu#p1.abc.def';
    startOver(store, storage, (href) => (address = href), address);
    const { validation } = store.getState();
    expect(validation.ok && validation.config).toEqual(defaultRunConfig());
    expect(storage.items.has(KEPT_SETUP_KEY)).toBe(false);
    expect(address).toBe('http://localhost/?backend=cpu');
  });

  it('leaves a compare link in the address', () => {
    expect(addressWithoutSetup('http://localhost/#c1.abc.def')).toBe('http://localhost/#c1.abc.def');
  });
});
