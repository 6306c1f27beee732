import { expect, test } from 'vitest';
import { macrotaskClock } from './clock';

test('a yield is a macrotask, not a microtask; yields on one clock resolve in order', async () => {
  const clock = macrotaskClock();
  const order: string[] = [];
  const yields = Promise.all([clock.yieldToEventLoop().then(() => order.push('first yield')), clock.yieldToEventLoop().then(() => order.push('second yield'))]);
  for (let microtask = 0; microtask < 10; microtask++) await Promise.resolve();
  expect(order).toEqual([]);
  await yields;
  await clock.yieldToEventLoop();
  expect(order).toEqual(['first yield', 'second yield']);
  clock.close?.();
});
