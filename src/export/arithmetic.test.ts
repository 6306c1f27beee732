import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arithmeticFromJs } from './arithmeticFromJs';
import { jsFunction } from './arithmeticToJs';
import { pythonExpression } from './arithmeticToPython';

/** Runs python3 on `code`; throws with Python's complaint when it fails. */
function runPython(code: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'plateau-export-')), 'script.py');
  writeFileSync(file, code, 'utf8');
  const result = spawnSync('python3', [...args, file], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`python3 failed:\n${result.stderr}`);
  return result.stdout;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;
const NO_PYTHON = 'python3 is not on this machine: the generated Python is not checked';

const SCHEDULES = [
  '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)',
  '(epoch) => 0.01 * Math.pow(0.5, Math.floor((1 + epoch) / 10))',
  '(epoch, lr) => 0.001 + 0.5 * (0.01 - 0.001) * (1 + Math.cos(Math.PI * epoch / 50))',
  'function (epoch, lr) { if (epoch < 5) return lr; if (epoch >= 20 && lr > 1e-4) { return lr / 2; } return Math.max(lr * 0.9, 1e-5); }',
  '(epoch, lr) => { if (epoch % 10 === 0 && epoch > 0) return lr * 0.5; else return lr; }',
  '(e, lr) => -(2 ** -e) + lr ** 2 ** 0.5 - -lr',
  '(epoch, lr) => (epoch < 3 || epoch > 30) && !(lr <= 0) ? Math.min(lr, 0.1, 0.05) : Math.abs(Math.sin(epoch) - Math.sqrt(epoch)) * Math.E',
  '(epoch, lr) => epoch - (epoch - 1) - (lr / (lr * 2)) / 3 * Math.ceil(epoch / 4)',
  '(epoch, lr) => (epoch < 2 ? 1 : 2) * (epoch >= 4 === epoch > 5 ? lr : 0.5 * lr)',
  '(epoch, lr) => lr * Math.tanh(Math.log(epoch + 1) + Math.log10(epoch + 1) + Math.log2(epoch + 1)) + Math.trunc(-epoch / 7)',
];

const EPOCHS = Array.from({ length: 41 }, (_, epoch) => epoch);
const RATES = [0.1, 0.01, 3e-4];

function evaluateJs(source: string): number[] {
  // Test inputs only: evaluating them is how the test knows what they mean.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = (new Function(`return (${source});`) as () => (epoch: number, lr: number) => number)();
  return EPOCHS.flatMap((epoch) => RATES.map((lr) => fn(epoch, lr)));
}

function translate(source: string) {
  const result = arithmeticFromJs(source);
  if (!result.ok) throw new Error(`not translated: ${result.reason}`);
  return result.value;
}

describe('JavaScript arithmetic', () => {
  it.each(SCHEDULES)('comes back from the tree as JavaScript of the same values: %s', (source) => {
    expect(evaluateJs(jsFunction(translate(source)))).toEqual(evaluateJs(source));
  });

  it('writes the usual schedule as it would be written by hand', () => {
    const { body } = translate('(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)');
    expect(pythonExpression(body)).toBe('lr if epoch < 10 else lr * math.exp(-0.1)');
    expect(jsFunction(translate('function (epoch, lr) { return epoch < 10 ? lr : lr * Math.exp(-0.1); }'))).toBe(
      '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)',
    );
  });

  it.runIf(hasPython)('becomes Python that computes the same values', () => {
    const definitions = SCHEDULES.map((source, index) => {
      const { params, body } = translate(source);
      return `def schedule_${index}(${params.join(', ')}):\n    return ${pythonExpression(body)}\n`;
    });
    const program = [
      'import json, math',
      ...definitions,
      `schedules = [${SCHEDULES.map((_source, index) => `schedule_${index}`).join(', ')}]`,
      `rates = ${JSON.stringify(RATES)}`,
      'def call(fn, epoch, lr):',
      '    return float(fn(epoch, lr) if fn.__code__.co_argcount == 2 else fn(epoch))',
      `print(json.dumps([[call(fn, epoch, lr) for epoch in range(${EPOCHS.length}) for lr in rates] for fn in schedules]))`,
    ].join('\n');
    const fromPython = JSON.parse(runPython(program)) as number[][];
    SCHEDULES.forEach((source, index) => {
      const expected = evaluateJs(source);
      fromPython[index]?.forEach((value, at) => expect(value).toBeCloseTo(expected[at] as number, 12));
    });
  });

  it.skipIf(hasPython)('checks the Python values when python3 is there', () => console.warn(NO_PYTHON));

  it.each([
    ['(epoch, lr) => { const t = [1, 2]; return t[epoch]; }', 'it uses a const declaration'],
    ['(epoch, lr) => lr ?? 0.1', 'it uses the operator ??'],
    ['(epoch, lr) => Math.random() * lr', 'it uses Math.random'],
    ['(epoch, lr) => schedule(epoch)', 'it uses a call of something other than a Math function'],
    ['(epoch, lr) => table[epoch]', 'it uses a property access'],
    ['(epoch, lr) => lr * rate', 'it uses the name rate'],
    ['(epoch, lr = 1) => lr', 'it uses a parameter with a default or destructuring'],
    ['(epoch, lambda) => lambda', 'it uses the parameter name lambda'],
    ['(epoch, lr) => { if (epoch) console.log(epoch); return lr; }', 'it uses an expression statement'],
    ['(epoch, lr) => { if (epoch > 2) return lr; }', 'it uses a path that returns nothing'],
    ['async (epoch, lr) => lr', 'it uses an async or generator function'],
    ['42', 'it uses code that is not a function'],
    ['(epoch, lr) => `${lr}`', 'it uses a template literal'],
    ['(epoch, lr) => Math.max(lr)', 'it uses Math.max with 1 arguments'],
  ])('refuses %s, saying why', (source, reason) => {
    expect(arithmeticFromJs(source)).toEqual({ ok: false, reason });
  });
});
