import { readyForQaGate } from '../../../test/support/builders';
import { CRITERION_KINDS } from './criterion-schema';
import { parseGate, parseGatesFile, parseGatesFileText } from './parse-gates';

const KINDS = CRITERION_KINDS.join(', ');
const file = (gates: unknown[]) => ({ format: 'shipshape.gates/v1', gates });
const oneGate = (criteria: unknown[], extra: object = {}) => file([{ id: 'ready-for-qa', name: 'Ready for QA', ...extra, criteria }]);
const problemsOf = (input: unknown) => {
  const parsed = parseGatesFile(input);
  return parsed.ok ? [] : parsed.problems;
};

const VALID = file([
  readyForQaGate(),
  {
    id: 'done',
    name: 'Definition of Done',
    description: 'Checked on the move to Done.',
    criteria: [
      { id: 'copy-reviewed', kind: 'manual', label: 'User-facing copy reviewed and final', waivableBy: { groups: ['content-design'] } },
      { id: 'telemetry', kind: 'manual', label: 'Analytics events firing', required: false },
      { id: 'release-notes', kind: 'handoff-complete', sections: ['releaseNotes'] },
      { id: 'dependencies', kind: 'links-resolved', linkType: '10000', direction: 'both' },
      { id: 'qa-ready', kind: 'labels', require: ['qa-passed'], forbid: ['wip', 'do-not-ship'] },
    ],
  },
]);

describe('parseGatesFile', () => {
  it('accepts a valid file and returns it unchanged', () => {
    expect(parseGatesFile(VALID)).toEqual({ ok: true, value: VALID });
  });

  it('accepts a file without gates', () => {
    expect(parseGatesFile(file([]))).toEqual({ ok: true, value: file([]) });
  });

  describe('lists each kind of problem by path', () => {
    it.each<[string, unknown, { path: string; message: string }]>([
      [
        'unknown kind',
        oneGate([
          { id: 'a', kind: 'manual' },
          { id: 'b', kind: 'manual' },
          { id: 'c', kind: 'field-sett', field: 'x' },
        ]),
        { path: 'gates[0].criteria[2].kind', message: `is "field-sett", which is not a kind of check; the kinds are ${KINDS}` },
      ],
      ['missing kind', oneGate([{ id: 'a' }]), { path: 'gates[0].criteria[0].kind', message: `is required; the kinds of check are ${KINDS}` }],
      [
        'unknown criterion property',
        oneGate([{ id: 'a', kind: 'manual', requird: false }]),
        { path: 'gates[0].criteria[0].requird', message: 'is not a known field' },
      ],
      [
        'unknown gate property',
        oneGate([{ id: 'a', kind: 'manual' }], { transition: 'Done' }),
        { path: 'gates[0].transition', message: 'is not a known field' },
      ],
      ['unknown file property', { ...file([]), version: 2 }, { path: 'version', message: 'is not a known field' }],
      [
        'bad gate slug',
        file([{ id: 'Ready For QA', name: 'x', criteria: [{ id: 'a', kind: 'manual' }] }]),
        { path: 'gates[0].id', message: 'must be an id: 1–64 characters a–z, 0–9 or "-"' },
      ],
      [
        'bad criterion slug',
        oneGate([{ id: 'support_briefed', kind: 'manual' }]),
        { path: 'gates[0].criteria[0].id', message: 'must be an id: 1–64 characters a–z, 0–9 or "-"' },
      ],
      [
        'too long slug',
        oneGate([{ id: 'a'.repeat(65), kind: 'manual' }]),
        { path: 'gates[0].criteria[0].id', message: 'must be an id: 1–64 characters a–z, 0–9 or "-"' },
      ],
      ['wrong format string', { ...file([]), format: 'shipshape.gates/v2' }, { path: 'format', message: 'must be "shipshape.gates/v1"' }],
      ['missing format string', { gates: [] }, { path: 'format', message: 'must be "shipshape.gates/v1"' }],
      ['missing gates', { format: 'shipshape.gates/v1' }, { path: 'gates', message: 'is required' }],
      ['empty criteria', oneGate([]), { path: 'gates[0].criteria', message: 'a gate needs at least one check' }],
      ['approval without approvers', oneGate([{ id: 'a', kind: 'approval' }]), { path: 'gates[0].criteria[0].approvers', message: 'is required' }],
      [
        'approval naming nobody',
        oneGate([{ id: 'a', kind: 'approval', approvers: { groups: [] } }]),
        { path: 'gates[0].criteria[0].approvers', message: 'name at least one group, project role or person' },
      ],
      [
        'approval count of 0',
        oneGate([{ id: 'a', kind: 'approval', approvers: { groups: ['qa'] }, count: 0 }]),
        { path: 'gates[0].criteria[0].count', message: 'must be at least 1' },
      ],
      [
        'labels with neither list',
        oneGate([{ id: 'a', kind: 'labels' }]),
        { path: 'gates[0].criteria[0]', message: 'needs at least one label to require or forbid' },
      ],
      [
        'labels with two empty lists',
        oneGate([{ id: 'a', kind: 'labels', require: [], forbid: [] }]),
        { path: 'gates[0].criteria[0]', message: 'needs at least one label to require or forbid' },
      ],
      ['field-set without field', oneGate([{ id: 'a', kind: 'field-set' }]), { path: 'gates[0].criteria[0].field', message: 'is required' }],
      ['blank field', oneGate([{ id: 'a', kind: 'field-set', field: '  ' }]), { path: 'gates[0].criteria[0].field', message: 'must not be empty' }],
      ['links-resolved without linkType', oneGate([{ id: 'a', kind: 'links-resolved' }]), { path: 'gates[0].criteria[0].linkType', message: 'is required' }],
      [
        'unknown handoff section',
        oneGate([{ id: 'a', kind: 'handoff-complete', sections: ['summary', 'qa'] }]),
        {
          path: 'gates[0].criteria[0].sections[1]',
          message: 'must be one of "summary", "expectedBehaviours", "riskAreas", "testData", "releaseNotes"',
        },
      ],
      [
        'empty appliesTo',
        oneGate([{ id: 'a', kind: 'manual' }], { appliesTo: { issueTypes: [] } }),
        { path: 'gates[0].appliesTo.issueTypes', message: 'list at least one work type' },
      ],
      ['blank gate name', file([{ id: 'g', name: ' ', criteria: [{ id: 'a', kind: 'manual' }] }]), { path: 'gates[0].name', message: 'must not be empty' }],
      [
        'too long label',
        oneGate([{ id: 'a', kind: 'manual', label: 'x'.repeat(201) }]),
        { path: 'gates[0].criteria[0].label', message: 'must be at most 200 characters' },
      ],
      [
        'duplicate gate id',
        file([
          { id: 'g', name: 'One', criteria: [{ id: 'a', kind: 'manual' }] },
          { id: 'g', name: 'Two', criteria: [{ id: 'a', kind: 'manual' }] },
        ]),
        { path: 'gates[1].id', message: 'the id \"g\" is used twice' },
      ],
      [
        'duplicate criterion id',
        oneGate([
          { id: 'a', kind: 'manual' },
          { id: 'b', kind: 'manual' },
          { id: 'a', kind: 'subtasks-done' },
        ]),
        { path: 'gates[0].criteria[2].id', message: 'the id \"a\" is used twice' },
      ],
      ['a criterion that is not an object', oneGate(['manual']), { path: 'gates[0].criteria[0]', message: 'must be a group of fields' }],
      [
        'a wrongly typed value (not reported as missing)',
        oneGate([{ id: 'a', kind: 'manual', required: 'yes' }]),
        { path: 'gates[0].criteria[0].required', message: 'must be yes or no' },
      ],
      ['a file that is not an object', null, { path: '(root)', message: 'must be a group of fields' }],
    ])('%s', (_name, input, problem) => {
      expect(problemsOf(input)).toMatchObject([problem]);
    });

    it('an unknown waivableBy key, which also leaves nobody who may waive', () => {
      expect(problemsOf(oneGate([{ id: 'a', kind: 'manual', waivableBy: { roles: ['Administrators'] } }]))).toMatchObject([
        { path: 'gates[0].criteria[0].waivableBy.roles', message: 'is not a known field' },
        { path: 'gates[0].criteria[0].waivableBy', message: 'name at least one group, project role or person' },
      ]);
    });

    it.each([
      [
        'an empty waivableBy',
        oneGate([{ id: 'a', kind: 'manual', waivableBy: {} }]),
        { path: 'gates[0].criteria[0].waivableBy', message: 'name at least one group, project role or person' },
      ],
      [
        'a handoff section listed twice',
        oneGate([{ id: 'a', kind: 'handoff-complete', sections: ['summary', 'summary'] }]),
        { path: 'gates[0].criteria[0].sections', message: 'lists a section twice' },
      ],
    ])('%s', (_name, input, problem) => {
      expect(problemsOf(input)).toMatchObject([problem]);
    });
  });

  it('lists every problem at once, duplicates included', () => {
    const input = {
      format: 'shipshape.gates/v1',
      gates: [
        {
          id: 'Ready',
          name: 'Ready for QA',
          criteria: [
            { id: 'description', kind: 'field-set', field: 'description' },
            { id: 'assignee', kind: 'field-set', field: 'assignee', requird: true },
            { id: 'points', kind: 'field-sett', field: 'customfield_10016' },
            { id: 'description', kind: 'labels' },
            { id: 'sign-off', kind: 'approval', approvers: {} },
          ],
        },
        { id: 'done', name: 'Done', criteria: [] },
        { id: 'done', name: 'Done again', criteria: [{ id: 'm', kind: 'manual' }] },
      ],
    };
    expect(problemsOf(input)).toMatchObject([
      { path: 'gates[0].id', message: 'must be an id: 1–64 characters a–z, 0–9 or "-"' },
      { path: 'gates[0].criteria[1].requird', message: 'is not a known field' },
      { path: 'gates[0].criteria[2].kind', message: `is "field-sett", which is not a kind of check; the kinds are ${KINDS}` },
      { path: 'gates[0].criteria[3]', message: 'needs at least one label to require or forbid' },
      { path: 'gates[0].criteria[4].approvers', message: 'name at least one group, project role or person' },
      { path: 'gates[1].criteria', message: 'a gate needs at least one check' },
      { path: 'gates[2].id', message: 'the id \"done\" is used twice' },
      { path: 'gates[0].criteria[3].id', message: 'the id \"description\" is used twice' },
    ]);
  });

  it('rejects more than 100 criteria in a gate', () => {
    const criteria = Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, kind: 'manual' }));
    expect(problemsOf(oneGate(criteria))).toMatchObject([{ path: 'gates[0].criteria', message: 'can have at most 100 entries' }]);
  });
});

describe('parseGatesFileText', () => {
  it('parses JSON text', () => {
    expect(parseGatesFileText(JSON.stringify(VALID, null, 2))).toEqual({ ok: true, value: VALID });
  });

  it('reports text that is not JSON as one problem at the root', () => {
    const parsed = parseGatesFileText('{ "format": "shipshape.gates/v1", "gates": [], }');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toMatchObject([{ path: '(root)', message: expect.stringMatching(/^is not valid JSON \(/) }]);
  });

  it('reports schema problems of valid JSON text', () => {
    expect(parseGatesFileText('{"format":"shipshape.gates/v1","gates":[{"id":"g","name":"G","criteria":[{"id":"x","kind":"nope"}]}]}')).toMatchObject({
      ok: false,
      problems: [{ path: 'gates[0].criteria[0].kind', message: `is "nope", which is not a kind of check; the kinds are ${KINDS}` }],
    });
  });
});

describe('parseGate', () => {
  it('accepts one valid gate', () => {
    expect(parseGate(readyForQaGate())).toEqual({ ok: true, value: readyForQaGate() });
  });

  it('locates problems from the gate itself', () => {
    expect(
      parseGate({
        id: 'g',
        name: 'G',
        criteria: [
          { id: 'a', kind: 'manual' },
          { id: 'a', kind: 'bogus' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      problems: [
        { path: 'criteria[1].kind', message: `is "bogus", which is not a kind of check; the kinds are ${KINDS}` },
        { path: 'criteria[1].id', message: 'the id \"a\" is used twice' },
      ],
    });
  });
});

describe('qaVerifiers (who may verify expected behaviours)', () => {
  const withVerifiers = (qaVerifiers: unknown) => oneGate([{ id: 'verified', kind: 'behaviours-verified' }], { qaVerifiers });

  it('accepts groups, project roles and account ids', () => {
    const input = withVerifiers({ groups: ['qa'], projectRoles: ['QA'], accountIds: ['712020:0e9a6f2c-41b7-4a64-9d57-3a1f0b9c2d11'] });
    expect(parseGatesFile(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['naming nobody', {}, { path: 'gates[0].qaVerifiers', message: 'name at least one group, project role or person' }],
    ['an empty group name', { groups: [''] }, { path: 'gates[0].qaVerifiers.groups[0]', message: 'must not be empty' }],
    ['an unknown key', { roles: ['QA'], groups: ['qa'] }, { path: 'gates[0].qaVerifiers.roles', message: 'is not a known field' }],
  ])('rejects %s', (_name, qaVerifiers, problem) => {
    expect(problemsOf(withVerifiers(qaVerifiers))).toMatchObject([problem]);
  });
});
