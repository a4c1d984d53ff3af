import fc from 'fast-check';
import { hasVisibleText } from './visible-text';

describe('hasVisibleText', () => {
  it.each([
    ['', false],
    ['   \n\t', false],
    ['\u200B', false],
    ['\u200B\u200C\u200D\u2060\uFEFF', false],
    ['\u00AD', false],
    ['\u202E\u202D', false],
    ['\u0000\u0007\u001F\u007F', false],
    ['\u3164\u115F\uFFA0\u2800', false],
    ['\u0301\u034F', false],
    ['\u3000\u00A0\u2003', false],
    ['\uE000', false],
    ['a', true],
    ['\u200Bx\u200B', true],
    ['é', true],
    ['e\u0301', true],
    ['🙂', true],
    ['日本', true],
    ['-', true],
  ])('%j → %s', (text, expected) => {
    expect(hasVisibleText(text)).toBe(expected);
  });

  it('is false for undefined and null', () => {
    expect(hasVisibleText(undefined)).toBe(false);
    expect(hasVisibleText(null)).toBe(false);
  });

  it('no string of invisible characters is ever content', () => {
    const invisible = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u202E',
      '\u0000',
      '\u3164',
      '\u2800',
      '\u0301',
    );
    fc.assert(fc.property(fc.array(invisible, { maxLength: 30 }), (chars) => !hasVisibleText(chars.join(''))));
  });
});
