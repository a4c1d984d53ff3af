import { parseDaciTable, parseDaciTableText } from './parse-daci-table';
import { aDecision, aTable } from './daci-fixtures.test-support';
import { DACI_LIMITS } from './daci-limits';

const problemsOf = (input: unknown) => {
  const parsed = parseDaciTable(input);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parseDaciTable', () => {
  it('accepts a valid table and fills defaults', () => {
    const parsed = parseDaciTable({
      format: 'shipshape.daci/v1',
      title: 'T',
      decisions: [{ id: 'a', title: 'Pick', status: 'not-started', impact: 'low', driver: 'x', approver: 'y' }],
    });
    expect(parsed.ok && parsed.value.decisions[0]).toMatchObject({ contributors: [], informed: [], options: [], outcome: '', jiraKeys: [] });
  });

  it('requires exactly one Driver and one Approver, by path', () => {
    const { driver: _d, ...noDriver } = aDecision();
    expect(problemsOf(aTable([{ ...noDriver, approver: ['a', 'b'] } as never]))).toEqual([
      'decisions[0].driver: exactly one Driver is required (one person)',
      'decisions[0].approver: exactly one Approver is required (one person)',
    ]);
    expect(problemsOf(aTable([aDecision({ approver: '' })]))).toEqual(['decisions[0].approver: exactly one Approver is required (one person)']);
  });

  it('requires titles and a known format', () => {
    expect(problemsOf({ ...aTable([aDecision({ title: '  ' })]), title: '', format: 'shipshape.daci/v2' })).toEqual([
      'format: format must be "shipshape.daci/v1"',
      'title: the table needs a title',
      'decisions[0].title: a decision needs a title',
    ]);
  });

  it('checks the due date is a real date', () => {
    expect(problemsOf(aTable([aDecision({ due: '2026-02-30' })]))).toEqual(['decisions[0].due: due date must be a real date written YYYY-MM-DD']);
    expect(problemsOf(aTable([aDecision({ due: '1 March' })]))).toHaveLength(1);
  });

  it('enforces size limits', () => {
    const many = Array.from({ length: DACI_LIMITS.decisions + 1 }, (_, i) => aDecision({ id: `d${i}` }));
    expect(problemsOf(aTable(many))).toEqual([`decisions: at most ${DACI_LIMITS.decisions} decisions`]);
    expect(problemsOf(aTable([aDecision({ background: 'x'.repeat(DACI_LIMITS.backgroundLength + 1) })]))).toEqual([
      `decisions[0].background: background is too long (at most ${DACI_LIMITS.backgroundLength} characters)`,
    ]);
    expect(problemsOf(aTable([aDecision({ contributors: Array.from({ length: 21 }, (_, i) => `p${i}`) })]))).toEqual([
      'decisions[0].contributors: at most 20 Contributors',
    ]);
  });

  it('reports duplicate ids, unknown keys and bad enums', () => {
    expect(problemsOf(aTable([aDecision(), aDecision()]))).toEqual(['decisions[1].id: duplicate id "storage" (also used by decisions[0])']);
    expect(problemsOf(aTable([{ ...aDecision(), colour: 'red', status: 'done' } as never]))).toEqual([
      expect.stringMatching(/^decisions\[0\]\.status: /),
      'decisions[0].colour: unknown property',
    ]);
  });

  it('rejects text that is not JSON or too large, without throwing', () => {
    expect(parseDaciTableText('{oops')).toEqual({ ok: false, problems: [{ path: '(root)', message: expect.stringMatching(/^not valid JSON/) }] });
    const huge = JSON.stringify(aTable([aDecision({ background: 'x'.repeat(DACI_LIMITS.tableBytes) })]));
    expect(parseDaciTableText(huge)).toEqual({ ok: false, problems: [{ path: '(root)', message: expect.stringMatching(/^the table is too large/) }] });
    expect(parseDaciTableText(JSON.stringify(aTable())).ok).toBe(true);
  });

  it('keeps HTML as plain text (rendering makes it inert)', () => {
    const parsed = parseDaciTable(aTable([aDecision({ title: '<img src=x onerror=alert(1)>' })]));
    expect(parsed.ok && parsed.value.decisions[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });
});
