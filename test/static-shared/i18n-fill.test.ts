import { compileFill, fill } from '../../src/domain/words/fill';

describe('fill (placeholders of a translated text)', () => {
  it('fills each {name} from the values, numbers too', () => {
    expect(fill('{met} of {required} required', { met: 7, required: 9 })).toBe('7 of 9 required');
  });

  it('leaves a placeholder the values lack as written, so it shows; without values the text is as is', () => {
    expect(fill('Failing in {gate}', { check: 'x' })).toBe('Failing in {gate}');
    expect(fill('Gates {x}')).toBe('Gates {x}');
  });

  it('takes only own values (a name like "constructor" is not read from the prototype)', () => {
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('compileFill (a text said many times)', () => {
  it('fills as fill does, placeholders it lacks left as written', () => {
    const cases: Array<[string, Record<string, string | number> | undefined]> = [
      ['{met} of {required} required', { met: 7, required: 9 }],
      ['{a}{b} and {a}', { a: 'x', b: 2 }],
      ['no placeholders', { a: 1 }],
      ['{missing} stays', { other: 1 }],
      ['{constructor} is not inherited', {}],
      ['{a} without values', undefined],
    ];
    for (const [text, values] of cases) expect(compileFill(text)(values)).toBe(fill(text, values));
  });
});
