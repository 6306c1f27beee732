import { describe, expect, it } from 'vitest';
import { tokenizePython, type Token } from './pythonTokens';

const brief = (tokens: readonly Token[]) =>
  tokens.map((token) => {
    if (token.kind === 'name' || token.kind === 'op') return token.text;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'string') return `s:${token.value}`;
    return token.kind.toUpperCase();
  });

describe('the Python tokenizer', () => {
  it('makes logical lines, with INDENT and DEDENT, and joins lines inside brackets and after a backslash', () => {
    const { tokens, problems } = tokenizePython('def f(a,\n      b):\n    if a:  # note\n\n        return b \\\n  + 1\n    return 0\nx = 1\n');
    expect(problems).toEqual([]);
    expect(brief(tokens)).toEqual([
      'def', 'f', '(', 'a', ',', 'b', ')', ':', 'NEWLINE',
      'INDENT', 'if', 'a', ':', 'NEWLINE',
      'INDENT', 'return', 'b', '+', 1, 'NEWLINE',
      'DEDENT', 'return', 0, 'NEWLINE',
      'DEDENT', 'x', '=', 1, 'NEWLINE', 'END',
    ]);
    expect(tokens.find((token) => token.kind === 'number' && token.value === 0)?.line).toBe(7);
  });

  it.each([
    ['1_000', 1000, true],
    ['0x1F', 31, true],
    ['0o17', 15, true],
    ['0b101', 5, true],
    ['1e-3', 0.001, false],
    ['.5', 0.5, false],
    ['5.', 5, false],
    ['2.5E+2', 250, false],
  ])('reads the number %s', (text, value, isInteger) => {
    expect(tokenizePython(text).tokens[0]).toMatchObject({ kind: 'number', value, isInteger });
  });

  it.each([
    ["'it''s'", "its"],
    ['"a\\"b\\n\\t\\x41\\u00e9\\101"', 'a"b\n\tAéA'],
    ["r'C:\\new'", 'C:\\new'],
    ["'''two\nlines'''", 'two\nlines'],
    ['"\\d"', '\\d'],
    ["b'bytes'", 'bytes'],
  ])('reads the string %s', (text, value) => {
    const strings = tokenizePython(text).tokens.filter((token) => token.kind === 'string');
    expect(strings.map((token) => (token as { value: string }).value).join('')).toBe(value);
  });

  it('reports what it cannot read, by line, and goes on', () => {
    const { tokens, problems } = tokenizePython("a = 1\nb = 'open\nc = 2j\nd = $\n");
    expect(problems).toEqual([
      { line: 2, message: 'a string is not closed' },
      { line: 3, message: 'the complex number 2j is not supported' },
      { line: 4, message: 'unexpected character "$"' },
    ]);
    expect(tokens.at(-1)?.kind).toBe('end');
  });
});
