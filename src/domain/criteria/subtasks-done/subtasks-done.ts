import { fail, listSome, pass, type CriterionRule } from '../criterion-rule';
import { plural } from '../../words/say';
import type { SubtasksDoneCriterion } from './subtasks-done-schema';
import { describeLinked, isDone } from '../../jira/issue-view';

export const subtasksDoneRule: CriterionRule<SubtasksDoneCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.subtasks.label'),
  defaultHint: (_c, _issue, say) => say('gate.subtasks.hint'),
  check(_c, { issue, say }) {
    const read = issue.subtasks();
    if (!read.ok) return fail(say('gate.unexpectedShape.subtasks'));
    if (read.value.length === 0) return pass(say('gate.subtasks.none'));
    const open = read.value.filter((s) => !isDone(s));
    if (open.length === 0) return pass(plural(say, 'gate.subtasks.all', read.value.length));
    return fail(plural(say, 'gate.subtasks.open', open.length, { list: listSome(say, open.map(describeLinked)) }));
  },
};
