import { describe, expect, test } from 'vitest';
import { simulate } from './simulate';
import { armLoopGuard, instrumentLoops, LOOP_GUARD_NAME } from './loopGuard';
import { compileFunction, UserCodeError, withErrorLines } from './userCode';

describe('instrumentLoops', () => {
  test('puts a guard with its line at the top of every loop body, adding no line', () => {
    const source = ['(epoch) => {', '  let n = 0;', '  while (n < 3) n++;', '  for (const x of [1]) { n += x; }', '  do { n--; } while (n > 10);', '  for (;;) break;', '  return n;', '}'].join('\n');
    const out = instrumentLoops(source);
    expect(out.split('\n')).toHaveLength(8);
    expect(out).toContain(`while (n < 3) {${LOOP_GUARD_NAME}(3);n++;}`);
    expect(out).toContain(`for (const x of [1]) {${LOOP_GUARD_NAME}(4); n += x; }`);
    expect(out).toContain(`do {${LOOP_GUARD_NAME}(5); n--; } while (n > 10);`);
    expect(out).toContain(`for (;;) {${LOOP_GUARD_NAME}(6);break;}`);
    // The instrumented code still does what it did.
    expect(compileFunction(source, 'sample')(0)).toBe(3);
  });

  test('leaves code without loops as it was', () => {
    expect(instrumentLoops('(epoch, lr) => lr * 0.5')).toBe('(epoch, lr) => lr * 0.5');
  });
});

describe('the loop guard', () => {
  test('stops a loop that never ends, with its line, once its call is older than the limit', () => {
    const spin = withErrorLines(compileFunction('() => {\n  let i = 0;\n  while (true) { i++; }\n}', 'spin'), 'spin');
    const disarm = armLoopGuard(50);
    let thrown: unknown = null;
    try {
      spin();
    } catch (error) {
      thrown = error;
    } finally {
      disarm();
    }
    expect(thrown instanceof UserCodeError && thrown.problem.line).toBe(3);
    expect(thrown instanceof Error && thrown.message).toMatch(/^Error: this loop ran for more than 5 s in one call, so Plateau stopped it/);
  });

  test('a custom callback that loops ends the run with its line, at its hook', () => {
    const source = 'class Spin extends Callback {\n  onEpochEnd(epoch) {\n    if (epoch === 1) for (;;) {}\n  }\n}';
    const run = simulate({ initialLr: 0.1, callbacks: [{ type: 'CustomCallback', params: { source } }], epochs: [{ loss: 1 }, { loss: 0.9 }, { loss: 0.8 }] });
    expect(run.error).toMatchObject({ callback: 'Spin', hook: 'onEpochEnd', epoch: 1, line: 3 });
    expect(run.error?.message).toMatch(/^Error: this loop ran for more than 5 s in one call/);
    expect(run.epochsRun).toBe(1);
  }, 20_000);
});

describe('the loop guard, past its deadline', () => {
  test('every guard throws, so a loop that catches its inner loop\'s error still ends', () => {
    const source = '() => {\n  while (true) {\n    try {\n      for (let i = 0; i < 10; i++) {}\n    } catch (error) {}\n  }\n}';
    const spin = withErrorLines(compileFunction(source, 'catching'), 'catching');
    const disarm = armLoopGuard(30);
    try {
      expect(() => spin()).toThrow(/this loop ran for more than/);
    } finally {
      disarm();
    }
  });

  test('code that runs as it is read (a static block) is guarded too', () => {
    const disarm = armLoopGuard(30);
    try {
      expect(() => compileFunction('class { static { while (true) {} } }', 'static')).toThrow(/this loop ran for more than/);
    } finally {
      disarm();
    }
  });
});
