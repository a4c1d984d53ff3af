import { aDecision, aTable } from './daci-fixtures.test-support';
import { exportAdf } from './export-adf';
import { decisionFingerprint } from './fingerprint';
import { isActionItemOverdue } from './overdue';
import { parseDaciTable } from './parse-daci-table';
import { peopleOf } from './people-of';

const item = { text: 'Write the migration plan', owner: 'acc-emma', due: '2026-12-10', done: false };

describe("a decision's action items", () => {
  it('are optional (a table saved before them reads with none), and a done flag defaults to not done', () => {
    const parsed = parseDaciTable(
      aTable([aDecision({ actionItems: undefined as never }), aDecision({ id: 'two', actionItems: [{ text: 'Ask legal' } as never] })]),
    );
    expect(parsed.ok && parsed.value.decisions.map((d) => d.actionItems)).toEqual([[], [{ text: 'Ask legal', done: false }]]);
  });

  it('need a text, a real due date, and stay within 20 a decision', () => {
    const problems = (actionItems: unknown[]) => {
      const parsed = parseDaciTable(aTable([aDecision({ actionItems: actionItems as never })]));
      return parsed.ok ? [] : parsed.problems.map((p) => p.path);
    };
    expect(problems([{ ...item, text: '  ' }])).toEqual(['decisions[0].actionItems[0].text']);
    expect(problems([{ ...item, due: '2026-02-30' }])).toEqual(['decisions[0].actionItems[0].due']);
    expect(problems(Array.from({ length: 21 }, () => item))).toEqual(['decisions[0].actionItems']);
    expect(problems(Array.from({ length: 20 }, () => item))).toEqual([]);
  });

  it('do not make a sign-off stale: they are follow-ups, not what the Approver signed', () => {
    expect(decisionFingerprint(aDecision({ actionItems: [item] }))).toBe(decisionFingerprint(aDecision({ actionItems: [] })));
  });

  it("name their owners among the table's people, are overdue only when open past their due date, and are kept by the export", () => {
    expect(peopleOf(aTable([aDecision({ actionItems: [item] })]))).toContain('acc-emma');
    expect(isActionItemOverdue(item, '2026-12-11')).toBe(true);
    expect(isActionItemOverdue(item, '2026-12-10')).toBe(false);
    expect(isActionItemOverdue({ ...item, done: true }, '2027-01-01')).toBe(false);
    const adf = JSON.stringify(
      exportAdf({
        table: aTable([aDecision({ actionItems: [item, { text: 'Tell support', done: true }] })]),
        signOffs: undefined,
        names: { 'acc-emma': 'Emma Engineer' },
        today: '2026-12-01',
      }),
    );
    expect(adf).toContain('☐ Write the migration plan (Emma Engineer, 2026-12-10)');
    expect(adf).toContain('☑ Tell support');
  });
});
