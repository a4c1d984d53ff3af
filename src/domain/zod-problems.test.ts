import * as z from 'zod';
import german from '../../locales/de-DE.json';
import { sayProblem, type Problem } from './problem';
import { keyedMessage, problemsFromZod } from './zod-problems';
import { englishSay } from './words/english';
import { lookupIn, sayWith } from './words/say';

const GERMAN = sayWith('de-DE', (key) => lookupIn(german, key) ?? key);

function problemsOf(schema: z.ZodType, input: unknown): Problem[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a problem');
  return problemsFromZod(parsed.error);
}
const only = (schema: z.ZodType, input: unknown) => problemsOf(schema, input)[0];

describe('problemsFromZod', () => {
  it.each<[string, z.ZodType, unknown, string, string]>([
    ['a missing value', z.object({ a: z.string() }), {}, 'problems.required', 'is required'],
    ['a number for text', z.string(), 4, 'problems.expected.string', 'must be text'],
    ['text for a number', z.number(), 'x', 'problems.expected.number', 'must be a number'],
    ['a fraction for a whole number', z.int(), 1.5, 'problems.expected.int', 'must be a whole number'],
    ['text for yes or no', z.boolean(), 'yes', 'problems.expected.boolean', 'must be yes or no'],
    ['an object for a list', z.array(z.string()), {}, 'problems.expected.array', 'must be a list'],
    ['a list for an object', z.object({}), [], 'problems.expected.object', 'must be a group of fields'],
    ['empty text', z.string().min(1), '', 'problems.empty', 'must not be empty'],
    ['short text', z.string().min(3), 'ab', 'problems.tooShort', 'needs at least 3 characters'],
    ['long text', z.string().max(2000), 'x'.repeat(2001), 'problems.tooLong', 'must be at most 2,000 characters'],
    ['too few entries', z.array(z.string()).min(2), ['a'], 'problems.tooFew', 'needs at least 2 entries'],
    ['too many entries', z.array(z.string()).max(1), ['a', 'b'], 'problems.tooMany', 'can have at most 1 entries'],
    ['a small number', z.number().min(1), 0, 'problems.tooSmall', 'must be at least 1'],
    ['a big number', z.number().max(10), 11, 'problems.tooBig', 'must be at most 10'],
    ['another literal', z.literal('v1'), 'v2', 'problems.mustBe', 'must be "v1"'],
    ['another option', z.enum(['high', 'low']), 'mid', 'problems.notOneOf', 'must be one of "high", "low"'],
    ['a bad format', z.iso.datetime({ offset: true }), 'today', 'problems.badFormat', 'has the wrong format'],
    ['a schema key', z.string().regex(/^[a-z]+$/, 'problems.slug'), 'A', 'problems.slug', 'must be an id: 1–64 characters a–z, 0–9 or "-"'],
  ])('%s', (_name, schema, input, key, english) => {
    const found = only(schema, input);
    expect(found?.words?.key).toBe(key);
    expect(found?.message).toBe(english);
    expect(sayProblem(found!, englishSay)).toBe(english);
    const inGerman = sayProblem(found!, GERMAN);
    expect(inGerman).not.toBe(english);
    expect(inGerman).not.toMatch(/problems\.|\{\w+\}/);
  });

  it('names each unknown property by its own path', () => {
    expect(problemsOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      { path: 'b', message: 'is not a known field', words: { key: 'problems.unknownProperty' } },
      { path: 'c', message: 'is not a known field', words: { key: 'problems.unknownProperty' } },
    ]);
  });

  it('fills values a schema gives through keyedMessage or a custom issue', () => {
    const keyed = z.string().refine(() => false, { error: keyedMessage('problems.duplicateId', { id: 'b1' }) });
    expect(only(keyed, 'x')).toEqual({ path: '(root)', message: 'the id "b1" is used twice', words: { key: 'problems.duplicateId', values: { id: 'b1' } } });
    const custom = z
      .array(z.string())
      .superRefine((_list, ctx) => ctx.addIssue({ code: 'custom', path: [1], message: 'problems.duplicateId', params: { id: 'b2' } }));
    expect(only(custom, ['a'])).toMatchObject({ path: '[1]', message: 'the id "b2" is used twice' });
  });

  it('writes numbers as the language does', () => {
    const found = only(z.string().max(10000), 'x'.repeat(10001))!;
    expect(sayProblem(found, englishSay)).toBe('must be at most 10,000 characters');
    expect(sayProblem(found, GERMAN)).toContain('10.000');
  });

  it('falls back to "is not valid" for an issue it has no words for, never zod\'s English', () => {
    const union = z.union([z.string(), z.number()]);
    expect(only(union, true)).toMatchObject({ message: 'is not valid', words: { key: 'problems.invalid' } });
  });
});
