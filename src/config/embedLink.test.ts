import { describe, expect, it } from 'vitest';
import { embedCode, embedRequest, findPreset, iframeSnippet, pageUrlFor, presetMatching, setupAddress } from './embedLink';
import { PRESETS } from './presets';
import { parseRunConfig, type RunConfig } from './runConfig';
import { decodeShareLink } from './shareLink';

function config(raw: unknown): RunConfig {
  const parsed = parseRunConfig(raw);
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

function lesson(id: string): RunConfig {
  const found = findPreset(id);
  if (!found.ok) throw new Error(found.message);
  return found.config;
}

describe('embedRequest', () => {
  it('is null for the full page', () => {
    expect(embedRequest('')).toBeNull();
    expect(embedRequest('?backend=wasm&preset=plateau-cut')).toBeNull();
    expect(embedRequest('?embed=0')).toBeNull();
    expect(embedRequest('?embed=false')).toBeNull();
  });

  it('reads the lesson and autostart', () => {
    expect(embedRequest('?embed=1')).toEqual({ presetName: null, autostart: false });
    expect(embedRequest('?embed=1&preset=full-stack&autostart=1')).toEqual({ presetName: 'full-stack', autostart: true });
    expect(embedRequest('?embed=true&autostart=true&preset=%20plateau-cut%20')).toEqual({ presetName: 'plateau-cut', autostart: true });
    expect(embedRequest('?embed&autostart')).toEqual({ presetName: null, autostart: true });
    expect(embedRequest('?embed=1&autostart=0&preset=')).toEqual({ presetName: null, autostart: false });
  });
});

describe('findPreset', () => {
  it.each(PRESETS.map((preset) => preset.id))('finds the lesson %s by a URL-friendly id', (id) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const found = findPreset(id);
    expect(found.ok && found.preset.id).toBe(id);
  });

  it('names the known lessons when the id is unknown', () => {
    const found = findPreset('plateau-cutt');
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toMatch(/no lesson called "plateau-cutt"/);
    expect(!found.ok && found.message).toContain('plateau-cut, early-stop-restore');
  });

  it('shortens an absurdly long id in its message', () => {
    const found = findPreset('x'.repeat(5_000));
    expect(!found.ok && found.message.length).toBeLessThan(400);
  });
});

describe('addresses for a setup', () => {
  it('names a lesson whose run is unchanged, and carries any other run as a share link', () => {
    expect(presetMatching(lesson('full-stack'))?.id).toBe('full-stack');
    expect(setupAddress(lesson('plateau-cut'))).toEqual({ presetId: 'plateau-cut' });
    const reordered = lesson('checkpoints-improve');
    const [entry] = reordered.callbacks;
    if (entry) {
      Object.assign(entry, { params: Object.fromEntries(Object.entries(entry.params).reverse()) });
      entry.enabled = true;
    }
    expect(presetMatching(reordered)?.id).toBe('checkpoints-improve');
    const switchedOff = lesson('plateau-cut');
    switchedOff.callbacks.forEach((callback) => (callback.enabled = false));
    expect(presetMatching(switchedOff)).toBeNull();
    const changed = { ...lesson('plateau-cut'), fit: { ...lesson('plateau-cut').fit, epochs: 61 } };
    const address = setupAddress(changed);
    expect(address.hash).toMatch(/^p1\./);
    expect(decodeShareLink(address.hash ?? '')).toEqual({ ok: true, value: changed });
  });

  it('builds the embedded and the full page address from the page, dropping its own query and hash', () => {
    const page = 'https://example.org/plateau/?backend=cpu#p1.old';
    expect(pageUrlFor(page, { presetId: 'plateau-cut' }, { embed: true })).toBe('https://example.org/plateau/?embed=1&preset=plateau-cut');
    expect(pageUrlFor(page, { hash: 'p1.abc.x' }, { embed: false, backend: 'wasm' })).toBe('https://example.org/plateau/?backend=wasm#p1.abc.x');
  });
});

describe('iframe snippet', () => {
  it('has the attributes a post needs, with its values escaped', () => {
    const html = iframeSnippet('https://x.org/?embed=1&preset=a', 'A "quoted" <title> & more');
    expect(html).toBe(
      '<iframe src="https://x.org/?embed=1&amp;preset=a" width="600" height="400" title="A &quot;quoted&quot; &lt;title&gt; &amp; more" loading="lazy" style="max-width: 100%; border: 1px solid #dde1e6; border-radius: 6px"></iframe>',
    );
  });

  it('embeds a lesson by its id and titles the frame with the lesson', () => {
    const html = embedCode('http://localhost:4173/', lesson('keras-docs-schedule'));
    expect(html).toContain('src="http://localhost:4173/?embed=1&amp;preset=keras-docs-schedule"');
    expect(html).toContain('title="Plateau: The Keras docs schedule"');
  });

  it('embeds any other run as a share link that opens the same run', () => {
    const run = config({ fit: { epochs: 5 }, callbacks: [{ type: 'EarlyStopping', params: { patience: 2 } }] });
    const html = embedCode('http://localhost:4173/', run);
    const src = /src="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const url = new URL(src);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('preset')).toBeNull();
    expect(decodeShareLink(url.hash)).toEqual({ ok: true, value: run });
    expect(embedRequest(url.search)).toEqual({ presetName: null, autostart: false });
  });
});
