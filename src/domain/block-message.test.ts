import { englishSay } from './words/english';
import { gate, gateRecords, issue, jiraFixture, PEOPLE, readyForQaGate, recordsFixture, tick, waiver } from '../../test/support/builders';
import { blockMessage } from './block-message';
import { evaluate } from './evaluate';
import type { CriterionResult, Verdict } from './verdict';

const result = (id: string, status: CriterionResult['status'], required = true): CriterionResult => ({
  id,
  kind: 'manual',
  label: `Label ${id}`,
  required,
  status,
  reason: `Reason ${id}`,
  hint: `Hint ${id}.`,
});
const verdict = (results: CriterionResult[]): Verdict => ({ gate: 'done', gateName: 'Done', issue: 'ABC-7', applicable: true, passed: false, results });
const FOOTER = 'Open the Shipshape panel on the work item to see every check, then try the transition again.';

describe('blockMessage', () => {
  it('has a header, one line per failing required criterion and a footer', () => {
    expect(blockMessage(verdict([result('a', 'failed'), result('b', 'passed'), result('c', 'failed')]), englishSay).split('\n')).toEqual([
      'Done: 2 of 3 required checks not met on ABC-7.',
      '✗ Label a: Reason a. Fix: Hint a.',
      '✗ Label c: Reason c. Fix: Hint c.',
      FOOTER,
    ]);
  });

  it('does not list optional failures, nor count them as required checks', () => {
    expect(blockMessage(verdict([result('a', 'failed'), result('opt', 'failed', false)]), englishSay).split('\n')).toEqual([
      'Done: 1 of 1 required check not met on ABC-7.',
      '✗ Label a: Reason a. Fix: Hint a.',
      FOOTER,
    ]);
  });

  it('does not list waived criteria', () => {
    const message = blockMessage(verdict([result('w', 'waived'), result('a', 'failed')]), englishSay);
    expect(message).not.toContain('Label w');
    expect(message.split('\n')[0]).toBe('Done: 1 of 2 required checks not met on ABC-7.');
  });

  it('is built from a real verdict', () => {
    const g = gate([
      { id: 'support-briefed', kind: 'manual', label: 'Support is briefed', waivableBy: { accountIds: [PEOPLE.lee.accountId] } },
      { id: 'copy-reviewed', kind: 'manual', label: 'Copy reviewed', hint: 'Ask the content designer to review the copy.' },
      { id: 'analytics', kind: 'manual', label: 'Analytics events firing', required: false },
      { id: 'subtasks', kind: 'subtasks-done' },
    ]);
    const r = gateRecords({ waivers: { 'support-briefed': waiver('lee', 'Internal change') }, ticks: { other: tick('lee') } });
    expect(blockMessage(evaluate(g, { issue: issue({ key: 'ABC-31' }), records: r }, englishSay), englishSay)).toBe(
      [
        'Ready for QA: 1 of 3 required checks not met on ABC-31.',
        '✗ Copy reviewed: Not ticked yet. Fix: Ask the content designer to review the copy.',
        FOOTER,
      ].join('\n'),
    );
  });

  it('spells out every blocking reason for the failing fixture', () => {
    const v = evaluate(readyForQaGate(), { issue: jiraFixture('issue-story-failing'), records: recordsFixture('records-failing') }, englishSay);
    const lines = blockMessage(v, englishSay).split('\n');
    expect(lines[0]).toBe('Ready for QA: 11 of 12 required checks not met on ABC-140.');
    expect(lines).toHaveLength(13);
    expect(lines).toContain('✗ Fix versions is set: Fix versions is empty. Fix: Fill in Fix versions on the work item.');
    expect(lines).toContain('✗ Story points are estimated: Story point estimate is empty. Fix: Estimate the work in the Story point estimate field.');
    expect(lines).toContain(
      '✗ All sub-tasks are done: 2 sub-tasks not done: ABC-141 (In Progress), ABC-142 (To Do). Fix: Finish or close the open sub-tasks, then try again.',
    );
    expect(lines.some((l) => l.includes('Risk level'))).toBe(false); // optional
    expect(lines.some((l) => l.includes('Work items linked by "Blocks"'))).toBe(false); // waived
    expect(lines[12]).toBe(FOOTER);
  });
});
