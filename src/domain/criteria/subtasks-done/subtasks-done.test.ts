import { englishSay } from '../../words/english';
import { issue, jiraFixture, ruleContext, subtask, type StatusName } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import { subtasksDoneRule } from './subtasks-done';

const criterion: CriterionOf<'subtasks-done'> = { id: 'subtasks', kind: 'subtasks-done' };
const check = (subtasks: unknown) => subtasksDoneRule.check(criterion, ruleContext(issue({ fields: subtasks === undefined ? {} : { subtasks } })));
const many = (statuses: StatusName[]) => statuses.map((s, i) => subtask(`ABC-${124 + i}`, s));

describe('subtasks-done rule', () => {
  it('passes an item without sub-tasks', () => {
    expect(check([])).toEqual({ passed: true, reason: 'No sub-tasks' });
    expect(check(undefined)).toEqual({ passed: true, reason: 'No sub-tasks' });
    expect(check(null)).toEqual({ passed: true, reason: 'No sub-tasks' });
  });

  it('passes when every sub-task is in the done category, whatever the status is called', () => {
    expect(check(many(['Done', "Won't Do"]))).toEqual({ passed: true, reason: 'All 2 sub-tasks done' });
    expect(check(many(['Done']))).toEqual({ passed: true, reason: 'All 1 sub-task done' });
  });

  it('names the open sub-tasks with their statuses', () => {
    expect(check([subtask('ABC-123', 'Done'), subtask('ABC-124', 'In Progress'), subtask('ABC-125', 'To Do')])).toEqual({
      passed: false,
      reason: '2 sub-tasks not done: ABC-124 (In Progress), ABC-125 (To Do)',
    });
    expect(check(many(['In Review'])).reason).toBe('1 sub-task not done: ABC-124 (In Review)');
  });

  it('judges by status category, not by status name', () => {
    const renamed = subtask('ABC-124', 'Done');
    renamed.fields.status = {
      ...renamed.fields.status,
      name: 'Done' as const,
      statusCategory: { ...renamed.fields.status.statusCategory, key: 'indeterminate' },
    };
    expect(check([renamed]).reason).toBe('1 sub-task not done: ABC-124 (Done)');
  });

  it('lists five open sub-tasks and counts the rest', () => {
    expect(check(many(['To Do', 'To Do', 'In Progress', 'To Do', 'In Review', 'To Do', 'In Progress', 'Done'])).reason).toBe(
      '7 sub-tasks not done: ABC-124 (To Do), ABC-125 (To Do), ABC-126 (In Progress), ABC-127 (To Do), ABC-128 (In Review) and 2 more',
    );
  });

  it('counts a sub-task without a status as not done and names it by key', () => {
    expect(check([{ id: '10124', key: 'ABC-124', self: 'x', fields: { summary: 'No status' } }]).reason).toBe('1 sub-task not done: ABC-124');
  });

  it('fails with a clear reason when sub-tasks come in another shape', () => {
    const reason = "Jira's answer has sub-tasks in an unexpected shape";
    expect(check('ABC-124')).toEqual({ passed: false, reason });
    expect(check([{ id: '10124' }])).toEqual({ passed: false, reason });
    expect(check({ 'ABC-124': 'Done' })).toEqual({ passed: false, reason });
  });

  it('reads the fixtures', () => {
    expect(subtasksDoneRule.check(criterion, ruleContext(jiraFixture('issue-story-ready')))).toEqual({ passed: true, reason: 'All 2 sub-tasks done' });
    expect(subtasksDoneRule.check(criterion, ruleContext(jiraFixture('issue-story-failing')))).toEqual({
      passed: false,
      reason: '2 sub-tasks not done: ABC-141 (In Progress), ABC-142 (To Do)',
    });
    expect(subtasksDoneRule.check(criterion, ruleContext(jiraFixture('issue-bug-minimal')))).toEqual({ passed: true, reason: 'No sub-tasks' });
  });

  it('has a default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(subtasksDoneRule.defaultLabel(criterion, view, englishSay)).toBe('All sub-tasks are done');
    expect(subtasksDoneRule.defaultHint(criterion, view, englishSay)).toBe('Finish or close the open sub-tasks, then try again.');
  });
});
