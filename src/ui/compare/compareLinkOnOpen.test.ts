import { describe, expect, it } from 'vitest';
import { compareFromBase } from '../../config/compareConfig';
import { encodeCompareLink } from '../../config/compareLink';
import { parseRunConfig } from '../../config/runConfig';
import { encodeShareLink } from '../../config/shareLink';
import { compareLinkOnOpen } from './compareLinkOnOpen';

function base() {
  const parsed = parseRunConfig({ fit: { epochs: 9 } });
  if (!parsed.ok) throw new Error('fixture must parse');
  return parsed.value;
}

describe('opening the page with a compare link', () => {
  it('gives the compare setup the link holds', () => {
    const setup = compareFromBase(base());
    expect(compareLinkOnOpen(`#${encodeCompareLink(setup)}`)).toEqual({ kind: 'loaded', setup });
  });

  it('says what was wrong with a damaged link', () => {
    const outcome = compareLinkOnOpen(`#${encodeCompareLink(compareFromBase(base())).slice(0, -4)}`);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.problems.length).toBeGreaterThan(0);
  });

  it('leaves run links and plain pages alone', () => {
    expect(compareLinkOnOpen(`#${encodeShareLink(base())}`)).toEqual({ kind: 'none' });
    expect(compareLinkOnOpen('')).toEqual({ kind: 'none' });
  });
});
