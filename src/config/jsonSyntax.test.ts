import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, parseJsonText } from './jsonSyntax';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', null],
    [' [1, -2.5e-3, "x\\n\\u00e9", true, false, null, {}] ', null],
  ])('accepts %s', (text, expected) => {
    expect(findJsonSyntaxError(text)).toBe(expected);
  });

  it.each([
    ['', 1, 1, 'the text is empty'],
    ['{"a": 1,\n  "b": 2,\n}', 2, 9, 'trailing comma before "}"'],
    ['{"a": 1\n "b": 2}', 2, 2, 'unexpected "\\""; expected "," or "}" after an item of the object'],
    ["{'a': 1}", 1, 2, 'single quotes are not JSON; use double quotes'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name'],
    ['{a: 1}', 1, 2, 'expected a property name in double quotes'],
    ['[1, 2', 1, 6, 'unexpected end of the text (is a bracket or quote left open?)'],
    ['{"a": "b}', 1, 7, 'a string is not closed'],
    ['{"a": NaN}', 1, 7, 'unexpected word NaN (JSON has no NaN or Infinity)'],
    ['{"a": 01}', 1, 8, 'invalid number'],
    ['{"a": 1} x', 1, 10, 'unexpected text after the end of the JSON value'],
    ['{\n  // note\n  "a": 1}', 2, 3, 'comments are not allowed in JSON'],
    ['"tab\there"', 1, 5, '"\\t" inside a string'],
    ['"\\x41"', 1, 2, 'invalid escape \\x'],
    ['[' .repeat(300), 1, 258, 'nested more than 256 levels deep'],
  ])('locates the error in %j', (text, line, column, message) => {
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(message);
  });
});

describe('parseJsonText', () => {
  it('returns the value, or one problem with line and column', () => {
    expect(parseJsonText('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseJsonText('{\n"a": }')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'line 2, column 6: unexpected "}"; expected a value (an object, array, string, number, true, false or null)' }],
    });
  });
});
