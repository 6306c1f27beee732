import { expect, test } from 'vitest';
import { explainMemory } from './memoryFailure';

test.each([
  'Aborted(OOM). Build with -sASSERTIONS for more info.',
  'RangeError: WebAssembly.Memory.grow(): Maximum memory size exceeded',
  'Array buffer allocation failed',
  'WebGL: CONTEXT_LOST_WEBGL',
])('a memory failure says what to do: %s', (message) => {
  expect(explainMemory(message)).toBe(`Out of memory on this backend (${message}). Try a smaller batch size, fewer filters or units, or fewer digits.`);
});

test('other failures keep their message', () => {
  expect(explainMemory('the MNIST digits could not be loaded (404)')).toBe('the MNIST digits could not be loaded (404)');
});
