/** The macro's column sorting (static/daci-macro/src/table-sort.ts): every decision, stable, by the column's meaning. */
import { benchTable } from '../../bench/screens/daci-macro';
import { DEFAULT_SORT, sortDecisions } from '../../static/daci-macro/src/table-sort';
import type { ShownPeople } from '../../static/daci-macro/src/people';
import { ALEX, EMMA, PRIYA, QUINN } from '../../sandbox/standin/demo-users';

const people: ShownPeople = {
  [ALEX.accountId]: { name: 'Alex Admin' },
  [QUINN.accountId]: { name: 'Quinn QA' },
  [EMMA.accountId]: { name: 'Emma Engineer' },
  [PRIYA.accountId]: { name: 'Priya PM' },
};
const { decisions } = benchTable(12);

describe('sorting the decision table', () => {
  it('starts by due date, earliest first, and keeps every decision', () => {
    const sorted = sortDecisions(decisions, DEFAULT_SORT, people);
    expect(sorted).toHaveLength(12);
    expect(sorted.map((d) => d.due)).toEqual([...decisions.map((d) => d.due)].sort());
  });

  it('ranks statuses and impacts by meaning, not by label, and is stable', () => {
    const byStatus = sortDecisions(decisions, { key: 'status', order: 'ASC' }, people).map((d) => d.status);
    expect([...new Set(byStatus)]).toEqual(['in-progress', 'not-started', 'deferred', 'decided']);
    const highs = sortDecisions(decisions, { key: 'impact', order: 'ASC' }, people)
      .filter((d) => d.impact === 'high')
      .map((d) => d.id);
    expect(highs).toEqual(decisions.filter((d) => d.impact === 'high').map((d) => d.id));
  });

  it('sorts people by their names, unknown people as "Unknown person"', () => {
    const sorted = sortDecisions(decisions, { key: 'approver', order: 'DESC' }, { [ALEX.accountId]: { name: 'Alex Admin' } });
    expect(sorted[0]!.approver).toBe(QUINN.accountId);
    expect(sorted[sorted.length - 1]!.approver).toBe(ALEX.accountId);
  });

  it('reads numbers in titles as numbers', () => {
    const titles = sortDecisions(benchTable(12).decisions, { key: 'title', order: 'ASC' }, people).map((d) => d.title.split(':')[0]);
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => `Decision ${i + 1}`));
  });
});
