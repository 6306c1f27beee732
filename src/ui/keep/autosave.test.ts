import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../config/presets';
import { shareLinkOf } from '../../config/csvLink';
import { defaultRunConfig, parseRunConfig, runConfigSchema } from '../../config/runConfig';
import { readSavedSetup } from '../../config/savedSetup';
import { encodeShareLink } from '../../config/shareLink';
import { createConfigStore } from '../state/configStore';
import { addEntry, setParam } from '../state/runDraft';
import { addressAfterChange, startAutosave } from './autosave';
import { KEPT_SETUP_KEY } from './keptSetup';
import { memoryStorage } from './testStorage';

function setup(href = 'http://localhost/') {
  const store = createConfigStore();
  const storage = memoryStorage();
  const address = { current: href };
  const stop = startAutosave(store, { storage, delayMs: 400, address: { href: () => address.current, replace: (next) => (address.current = next) } });
  const savedConfig = () => {
    const read = readSavedSetup(storage.items.get(KEPT_SETUP_KEY) ?? null);
    return read.kind === 'restored' ? read.config : read.kind;
  };
  return { store, storage, address, stop, savedConfig };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a pause in editing, not on every change', () => {
    const { store, storage, savedConfig } = setup();
    const setItem = vi.spyOn(storage, 'setItem');
    store.edit((draft) => addEntry(draft, 'ReduceLROnPlateau', {}));
    vi.advanceTimersByTime(200);
    store.edit((draft) => setParam(draft, 'cb1', 'patience', 7));
    expect(setItem).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(setItem).toHaveBeenCalledTimes(1);
    const saved = savedConfig();
    expect(typeof saved !== 'string' && saved.callbacks[0]?.params).toMatchObject({ patience: 7 });
  });

  it('keeps the last valid setup while a field is invalid', () => {
    const { store, savedConfig } = setup();
    store.edit((draft) => addEntry(draft, 'ReduceLROnPlateau', {}));
    vi.runAllTimers();
    store.edit((draft) => setParam(draft, 'cb1', 'factor', 1.5));
    vi.runAllTimers();
    const saved = savedConfig();
    expect(typeof saved !== 'string' && saved.callbacks).toHaveLength(1);
    expect(typeof saved !== 'string' && saved.callbacks[0]?.params).not.toMatchObject({ factor: 1.5 });
  });

  it('does not save code that waits for consent, and saves it once accepted', () => {
    const { store, savedConfig } = setup();
    const withCode = runConfigSchema.parse({ callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.9' } }] });
    store.loadUntrusted(withCode, 'a link');
    vi.runAllTimers();
    expect(savedConfig()).toBe('none');
    store.acceptCode();
    vi.runAllTimers();
    const saved = savedConfig();
    expect(typeof saved !== 'string' && saved.callbacks[0]?.params).toEqual({ schedule: '(epoch, lr) => lr * 0.9' });
  });

  it('stops saving when stopped', () => {
    const { store, stop, savedConfig } = setup();
    store.edit((draft) => addEntry(draft, 'EarlyStopping', {}));
    stop();
    vi.runAllTimers();
    expect(savedConfig()).toBe('none');
  });

  it('drops a share link or lesson from the address once the setup differs from it', () => {
    const lesson = PRESETS[0];
    if (!lesson) throw new Error('no lessons');
    const { store, address } = setup(`http://localhost/?preset=${lesson.id}&backend=wasm`);
    store.load(runConfigSchema.parse(lesson.config));
    vi.runAllTimers();
    expect(address.current).toBe(`http://localhost/?preset=${lesson.id}&backend=wasm`);
    store.edit((draft) => addEntry(draft, 'EarlyStopping', {}));
    vi.runAllTimers();
    expect(address.current).toBe('http://localhost/?backend=wasm');
  });
});

describe('addressAfterChange', () => {
  const config = runConfigSchema.parse({ fit: { epochs: 9 } });
  it('keeps a link that still is the setup, and a compare link', () => {
    expect(addressAfterChange(`http://localhost/#${encodeShareLink(config)}`, config)).toBeNull();
    expect(addressAfterChange('http://localhost/#c1.abc.def', config)).toBeNull();
  });
  it('keeps the link written for this setup when it left a big CSV file out', () => {
    const text = ['a,label', ...Array.from({ length: 4000 }, (_, i) => `${Math.sin(i * 7.1).toFixed(6)},${i % 2}`)].join('\n');
    const withCsv = parseRunConfig({ dataset: { kind: 'csv', name: 'big.csv', text, target: 'label', task: 'classification' } });
    if (!withCsv.ok) throw new Error('bad fixture');
    const shared = shareLinkOf(withCsv.value);
    expect(shared.omitted?.name).toBe('big.csv');
    expect(addressAfterChange(`http://localhost/#${shared.link}`, withCsv.value)).toBeNull();
  });
  it('drops a link that no longer is', () => {
    expect(addressAfterChange(`http://localhost/?backend=cpu#${encodeShareLink(defaultRunConfig())}`, config)).toBe('http://localhost/?backend=cpu');
  });
});
