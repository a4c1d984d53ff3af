import type * as z from 'zod';
import { CRITERION_KINDS, kindSpec } from './kinds';
import { kindName } from './kind-catalog';
import { criterionSchema } from '../gates/criterion-schema';
import { problemsFromZod } from '../zod-problems';
import { issueRequestFor } from '../jira/issue-request';

describe('the criterion kind table', () => {
  it.each(CRITERION_KINDS)('%s: its schema, rule and meta are of that kind', (kind) => {
    const spec = kindSpec(kind);
    const shape = (spec.schema as unknown as z.ZodObject).shape as { kind: z.ZodLiteral<string> };
    expect(shape.kind.value).toBe(kind);
    expect(spec.kind).toBe(kind);
    expect(typeof spec.rule.check).toBe('function');
    expect(spec.blank('x')).toMatchObject({ id: 'x', kind });
    expect(spec.name.length).toBeGreaterThan(0);
  });

  it('lists each kind once, and the gate schema offers exactly these kinds', () => {
    expect(new Set(CRITERION_KINDS).size).toBe(CRITERION_KINDS.length);
    const result = criterionSchema.safeParse({ id: 'x', kind: 'nope' });
    expect(result.success).toBe(false);
    expect(problemsFromZod(result.error!)).toEqual([
      {
        path: 'kind',
        message: `is "nope", which is not a kind of check; the kinds are ${CRITERION_KINDS.join(', ')}`,
        words: { key: 'problems.unknownKind', values: { kind: 'nope', kinds: CRITERION_KINDS.join(', ') } },
      },
    ]);
  });

  it('names a kind it does not know as written, never from Object.prototype', () => {
    expect(kindName('labels')).toBe('Labels');
    expect(kindName('constructor')).toBe('constructor');
    expect(() => kindSpec('toString' as never)).toThrow('No criterion kind "toString"');
  });

  it("asks Jira for what each criterion's kind needs, once", () => {
    const gate = {
      id: 'g',
      name: 'G',
      criteria: [
        { id: 'a', kind: 'labels', forbid: ['wip'] },
        { id: 'b', kind: 'field-set', field: 'customfield_1' },
        { id: 'c', kind: 'links-resolved', linkType: 'Blocks' },
        { id: 'd', kind: 'subtasks-done' },
        { id: 'e', kind: 'labels', require: ['ok'] },
        { id: 'f', kind: 'manual' },
      ],
    } as const;
    const request = issueRequestFor([gate as never]);
    expect(request.fields.sort()).toEqual(['customfield_1', 'issuelinks', 'issuetype', 'labels', 'subtasks']);
    expect(request.expand).toEqual(['names']);
  });
});
