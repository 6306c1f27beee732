import { describe, expect, it } from 'vitest';
import { retireMostWorn } from './retireMostWorn';

function client(epochsTrained: number) {
  const asked: number[] = [];
  return { epochsTrained, asked, retireIfWorn: () => void asked.push(epochsTrained) };
}

describe('retireMostWorn', () => {
  it('asks only the worker that has trained the most epochs', () => {
    const clients = [client(240), client(270), client(270), client(90)];
    retireMostWorn(clients);
    expect(clients.map((entry) => entry.asked.length)).toEqual([0, 1, 0, 0]);
  });

  it('does nothing without clients', () => {
    expect(() => retireMostWorn([])).not.toThrow();
  });
});
