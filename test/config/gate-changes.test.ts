import { englishSay } from '../../src/domain/words/english';
import { describeGate, gateChanges } from '../../src/config/gate-changes';
import { mergeGates } from '../../src/config/merge-gates';
import { ruleSummary } from '../../src/config/rule-summary';
import type { Gate } from '../../src/domain/gates/gate-schema';

const gate = (id: string, criteria = 1, extra: Partial<Gate> = {}): Gate => ({
  id,
  name: id.toUpperCase(),
  criteria: Array.from({ length: criteria }, (_, i) => ({ id: `c${i}`, kind: 'manual' as const, ...(i === 0 ? {} : { required: false }) })),
  ...extra,
});

describe('gateChanges', () => {
  it('names each created, edited and deleted gate, and a reorder of the ones kept', () => {
    const changes = gateChanges([gate('a'), gate('b'), gate('c')], [gate('c'), gate('b', 2), gate('d')]);
    expect(changes.map((c) => `${c.action} ${c.target}`)).toEqual(['update-gate b', 'create-gate d', 'delete-gate a', 'reorder-gates order']);
    expect(changes.find((c) => c.action === 'reorder-gates')).toMatchObject({ before: 'b, c', after: 'c, b' });
  });

  it('finds nothing to record when nothing changed', () => expect(gateChanges([gate('a')], [gate('a')])).toEqual([]));

  it('describes a gate by name, work types and criteria', () => {
    expect(describeGate(gate('a', 2, { appliesTo: { issueTypes: ['Story'] } }))).toBe('"A" for Story: 2 criteria (1 required): c0, c1');
  });
});

describe('mergeGates', () => {
  it('replaces same ids in place and appends new ones', () => {
    expect(mergeGates([gate('a'), gate('b')], [gate('b', 3), gate('c')]).map((g) => `${g.id}:${g.criteria.length}`)).toEqual(['a:1', 'b:3', 'c:1']);
  });
});

describe('ruleSummary', () => {
  it('is one line: the gate and its number of criteria, or why the rule blocks', () => {
    expect(ruleSummary(gate('done', 8, { name: 'Definition of Done' }), 'done', false, englishSay)).toBe('Requires Definition of Done — 8 criteria');
    expect(ruleSummary(undefined, 'gone', false, englishSay)).toBe(
      'Gate "gone" no longer exists: this transition is blocked until an admin picks another gate.',
    );
  });
});
