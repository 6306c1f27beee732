import { describe, expect, it } from 'vitest';
import { findPreset } from '../../config/embedLink';
import { parseRunConfig } from '../../config/runConfig';
import { encodeShareLink } from '../../config/shareLink';
import { blockingReason, createConfigStore } from '../state/configStore';
import { openEmbed } from './openEmbed';

const linkWithCode = (() => {
  const parsed = parseRunConfig({ fit: { epochs: 4 }, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(e, lr) => lr / 2' } }] });
  if (!parsed.ok) throw new Error('fixture must parse');
  return `#${encodeShareLink(parsed.value)}`;
})();

function epochs(store: ReturnType<typeof createConfigStore>): number | null {
  const { validation } = store.getState();
  return validation.ok ? validation.config.fit.epochs : null;
}

describe('opening the embedded page', () => {
  it('loads the named lesson as the page’s own run: its code needs no consent', () => {
    const store = createConfigStore();
    const opening = openEmbed({ presetName: 'keras-docs-schedule', autostart: true }, '', store);
    expect(opening).toMatchObject({ lesson: { id: 'keras-docs-schedule' }, problems: [] });
    const lesson = findPreset('keras-docs-schedule');
    expect(epochs(store)).toBe(lesson.ok ? lesson.config.fit.epochs : -1);
    expect(blockingReason(store.getState())).toBeNull();
  });

  it('opens a share link over the lesson, holding its code back for consent', () => {
    const store = createConfigStore();
    const opening = openEmbed({ presetName: 'plateau-cut', autostart: true }, linkWithCode, store);
    expect(opening.problems).toEqual([]);
    expect(epochs(store)).toBe(4);
    expect(store.getState().unacceptedCode.map((code) => code.source)).toEqual(['(e, lr) => lr / 2']);
    expect(blockingReason(store.getState())).toMatch(/accept it/);
  });

  it('falls back to the lesson when the link is broken, and says so', () => {
    const store = createConfigStore();
    const opening = openEmbed({ presetName: 'plateau-cut', autostart: false }, `${linkWithCode.slice(0, -3)}zzz`, store);
    expect(opening.problems).toHaveLength(1);
    expect(opening.problems[0]).toMatch(/could not be opened, so the lesson "A plateau gets its learning rate cut" is shown: .*checksum/);
    expect(epochs(store)).toBe(60);
  });

  it('keeps the default run for an unknown lesson and names the lessons there are', () => {
    const store = createConfigStore();
    const opening = openEmbed({ presetName: 'no-such-lesson', autostart: true }, '', store);
    expect(opening.lesson).toBeNull();
    expect(opening.problems).toEqual([expect.stringMatching(/no lesson called "no-such-lesson"\. Lessons: plateau-cut, /)]);
    expect(store.getState().loads).toBe(0);
  });
});
