import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { LabelsCriterion } from './labels-schema';

const quoted = (labels: string[]) => labels.map((l) => `"${l}"`).join(', ');

export const labelsRule: CriterionRule<LabelsCriterion> = {
  defaultLabel(c) {
    const parts = [];
    if (c.require?.length) parts.push(`include ${quoted(c.require)}`);
    if (c.forbid?.length) parts.push(`exclude ${quoted(c.forbid)}`);
    return `Labels ${parts.join(' and ')}`;
  },
  defaultHint: () => 'Edit the Labels field on the work item.',
  check(c, { issue }) {
    const read = issue.labels();
    if (!read.ok) return fail(read.reason);
    const present = new Set(read.value);
    const missing = (c.require ?? []).filter((l) => !present.has(l));
    const forbidden = (c.forbid ?? []).filter((l) => present.has(l));
    const problems = [];
    if (missing.length) problems.push(`missing label${missing.length > 1 ? 's' : ''} ${quoted(missing)}`);
    if (forbidden.length) problems.push(`has label${forbidden.length > 1 ? 's' : ''} ${quoted(forbidden)} that must be removed`);
    if (problems.length === 0) return pass('Labels are as required');
    const text = problems.join('; ');
    return fail(text.charAt(0).toUpperCase() + text.slice(1));
  },
};
