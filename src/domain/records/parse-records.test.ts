import { readJsonFixture } from '../../../test/support/builders';
import { parseRecords } from './parse-records';
import { emptyRecords, recordEntry, RECORDS_FORMAT } from './records-schema';

const problemsOf = (input: unknown) => {
  const parsed = parseRecords(input);
  return parsed.ok ? [] : parsed.problems;
};

describe('parseRecords', () => {
  it.each(['records-ready', 'records-failing', 'records-waived'])('accepts the fixture %s unchanged', (name) => {
    const json = readJsonFixture(`records/${name}.json`);
    expect(parseRecords(json)).toEqual({ ok: true, value: json });
  });

  it('reads absent records as empty records', () => {
    expect(parseRecords(undefined)).toEqual({ ok: true, value: { format: RECORDS_FORMAT } });
    expect(parseRecords(null)).toEqual({ ok: true, value: emptyRecords() });
  });

  it('accepts the smallest records', () => {
    expect(parseRecords({ format: 'shipshape.records/v1' })).toEqual({ ok: true, value: { format: 'shipshape.records/v1' } });
  });

  it("keeps unknown properties, so an older app version never drops a newer one's data", () => {
    expect(parseRecords({ format: RECORDS_FORMAT, colour: 'red', handoff: { summary: 'x', owner: 'me' } })).toEqual({
      ok: true,
      value: { format: RECORDS_FORMAT, colour: 'red', handoff: { summary: 'x', owner: 'me' } },
    });
  });

  it('rejects another format', () => {
    expect(problemsOf({ format: 'shipshape.records/v2' })).toMatchObject([{ path: 'format', message: 'must be "shipshape.records/v1"' }]);
  });

  it('rejects values of the wrong type without calling them missing', () => {
    expect(problemsOf('records')).toMatchObject([{ path: '(root)', message: 'must be a group of fields' }]);
    expect(problemsOf({ format: RECORDS_FORMAT, handoff: { expectedBehaviours: 'b1' } })).toMatchObject([
      { path: 'handoff.expectedBehaviours', message: 'must be a list' },
    ]);
  });

  it('locates every problem by path', () => {
    const input = {
      format: RECORDS_FORMAT,
      handoff: { riskAreas: [{ id: 'r1', text: 'Caching', severity: 'critical' }], expectedBehaviours: [{ id: '', text: 'x' }] },
      verifications: { b1: { status: 'ok', accountId: 'a', at: 'yesterday', text: 'x' } },
      gates: {
        'ready-for-qa': {
          ticks: { 'support-briefed': { at: '2025-03-10T09:30:00Z' } },
          approvals: { 'qa-sign-off': { accountId: 'a', at: '2025-03-10T09:30:00Z' } },
          waivers: { blockers: { accountId: 'a', at: '2025-03-10T09:30:00+01:00', reason: 'x'.repeat(2001) } },
        },
      },
    };
    expect(problemsOf(input)).toMatchObject([
      { path: 'handoff.expectedBehaviours[0].id', message: 'must not be empty' },
      { path: 'handoff.riskAreas[0].severity', message: 'must be one of "high", "medium", "low"' },
      { path: 'verifications.b1.status', message: 'must be one of "passed", "failed"' },
      { path: 'verifications.b1.at', message: 'has the wrong format' },
      { path: 'gates.ready-for-qa.ticks.support-briefed.accountId', message: 'is required' },
      { path: 'gates.ready-for-qa.approvals.qa-sign-off', message: 'must be a list' },
      { path: 'gates.ready-for-qa.waivers.blockers.reason', message: 'must be at most 2,000 characters' },
    ]);
  });

  it('rejects a date-time without an offset', () => {
    expect(problemsOf({ format: RECORDS_FORMAT, gates: { g: { ticks: { m: { accountId: 'a', at: '2025-03-10T09:30:00' } } } } })).toMatchObject([
      { path: 'gates.g.ticks.m.at', message: 'has the wrong format' },
    ]);
  });
});

describe('recordEntry', () => {
  it('returns own entries only', () => {
    const map: Record<string, number> = { a: 1 };
    expect(recordEntry(map, 'a')).toBe(1);
    expect(recordEntry(map, 'b')).toBeUndefined();
    expect(recordEntry(map, 'constructor')).toBeUndefined();
    expect(recordEntry(map, 'toString')).toBeUndefined();
    expect(recordEntry(undefined, 'a')).toBeUndefined();
  });
});
