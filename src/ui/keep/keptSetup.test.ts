import { describe, expect, it } from 'vitest';
import { runConfigSchema } from '../../config/runConfig';
import { encodeSavedSetup } from '../../config/savedSetup';
import { encodeShareLink } from '../../config/shareLink';
import { KEPT_SETUP_KEY, openingSetup } from './keptSetup';
import { memoryStorage } from './testStorage';

const saved = runConfigSchema.parse({ fit: { epochs: 12 }, callbacks: [{ type: 'EarlyStopping', params: { patience: 4 } }] });

describe('the setup the page opens with', () => {
  it('is the saved one when the address names none', () => {
    const storage = memoryStorage({ [KEPT_SETUP_KEY]: encodeSavedSetup(saved) });
    expect(openingSetup('', '', storage)).toEqual({ config: saved, notice: null });
    expect(openingSetup('#c1.abc.def', '?backend=wasm', storage).config).toEqual(saved);
  });

  it('leaves a share link or a lesson in the address to win', () => {
    const storage = memoryStorage({ [KEPT_SETUP_KEY]: encodeSavedSetup(saved) });
    expect(openingSetup(`#${encodeShareLink(saved)}`, '', storage).config).toBeNull();
    expect(openingSetup('', '?preset=plateau-cut', storage).config).toBeNull();
  });

  it('is the default, with no notice, when nothing was saved or storage is refused', () => {
    expect(openingSetup('', '', memoryStorage())).toEqual({ config: null, notice: null });
    expect(openingSetup('', '', null)).toEqual({ config: null, notice: null });
    const throwing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); } };
    expect(openingSetup('', '', throwing)).toEqual({ config: null, notice: null });
  });

  it('is the default with a notice when the saved data cannot be read', () => {
    const opening = openingSetup('', '', memoryStorage({ [KEPT_SETUP_KEY]: '{"v":1,"link":"p1.abc.zzz"}' }));
    expect(opening.config).toBeNull();
    expect(opening.notice).toMatch(/^Your last setup could not be restored \(.*damaged.*\), so the default run is shown\.$/);
  });
});
