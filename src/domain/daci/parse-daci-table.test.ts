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
      'decisions[0].driver: needs one person',
      'decisions[0].approver: needs one person',
    ]);
    expect(problemsOf(aTable([aDecision({ approver: '' })]))).toEqual(['decisions[0].approver: needs one person']);
  });

  it('requires titles and a known format', () => {
    expect(problemsOf({ ...aTable([aDecision({ title: '  ' })]), title: '', format: 'shipshape.daci/v2' })).toEqual([
      'format: must be "shipshape.daci/v1"',
      'title: the table needs a title',
      'decisions[0].title: a decision needs a title',
    ]);
  });

  it('checks the due date is a real date', () => {
    expect(problemsOf(aTable([aDecision({ due: '2026-02-30' })]))).toEqual(['decisions[0].due: must be a real date written YYYY-MM-DD']);
    expect(problemsOf(aTable([aDecision({ due: '1 March' })]))).toHaveLength(1);
  });

  it('enforces size limits', () => {
    const many = Array.from({ length: DACI_LIMITS.decisions + 1 }, (_, i) => aDecision({ id: `d${i}` }));
    expect(problemsOf(aTable(many))).toEqual([`decisions: can have at most ${DACI_LIMITS.decisions} entries`]);
    expect(problemsOf(aTable([aDecision({ background: 'x'.repeat(DACI_LIMITS.backgroundLength + 1) })]))).toEqual([
      `decisions[0].background: must be at most ${DACI_LIMITS.backgroundLength.toLocaleString('en-US')} characters`,
    ]);
    expect(problemsOf(aTable([aDecision({ contributors: Array.from({ length: 21 }, (_, i) => `p${i}`) })]))).toEqual([
      'decisions[0].contributors: can have at most 20 entries',
    ]);
  });

  it('reports duplicate ids, unknown keys and bad enums', () => {
    expect(problemsOf(aTable([aDecision(), aDecision()]))).toEqual(['decisions[1].id: the id "storage" is used twice']);
    expect(problemsOf(aTable([{ ...aDecision(), colour: 'red', status: 'done' } as never]))).toEqual([
      expect.stringMatching(/^decisions\[0\]\.status: /),
      'decisions[0].colour: is not a known field',
    ]);
  });

  it('rejects text that is not JSON or too large, without throwing', () => {
    expect(parseDaciTableText('{oops')).toMatchObject({ ok: false, problems: [{ path: '(root)', message: expect.stringMatching(/^is not valid JSON/) }] });
    const huge = JSON.stringify(aTable([aDecision({ background: 'x'.repeat(DACI_LIMITS.tableBytes) })]));
    expect(parseDaciTableText(huge)).toMatchObject({
      ok: false,
      problems: [{ path: '(root)', message: expect.stringMatching(/^the table is \d+ KB; at most 256 KB fit$/) }],
    });
    expect(parseDaciTableText(JSON.stringify(aTable())).ok).toBe(true);
  });

  it('keeps HTML as plain text (rendering makes it inert)', () => {
    const parsed = parseDaciTable(aTable([aDecision({ title: '<img src=x onerror=alert(1)>' })]));
    expect(parsed.ok && parsed.value.decisions[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });
});
