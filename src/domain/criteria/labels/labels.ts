import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { LabelsCriterion } from './labels-schema';
import { plural } from '../../words/say';

const quoted = (labels: string[]) => labels.map((l) => `"${l}"`).join(', ');

export const labelsRule: CriterionRule<LabelsCriterion> = {
  defaultLabel(c, _issue, say) {
    const [require, forbid] = [quoted(c.require ?? []), quoted(c.forbid ?? [])];
    if (require && forbid) return say('gate.labels.label.both', { require, forbid });
    return forbid ? say('gate.labels.label.forbid', { forbid }) : say('gate.labels.label.require', { require });
  },
  defaultHint: (_c, _issue, say) => say('gate.labels.hint'),
  check(c, { issue, say }) {
    const read = issue.labels();
    if (!read.ok) return fail(say('gate.unexpectedShape.labels'));
    const present = new Set(read.value);
    const missing = (c.require ?? []).filter((l) => !present.has(l));
    const forbidden = (c.forbid ?? []).filter((l) => present.has(l));
    const problems = [];
    if (missing.length) problems.push(plural(say, 'gate.labels.missing', missing.length, { labels: quoted(missing) }));
    if (forbidden.length) problems.push(plural(say, 'gate.labels.forbidden', forbidden.length, { labels: quoted(forbidden) }));
    if (problems.length === 0) return pass(say('gate.labels.ok'));
    const text = problems.join('; ');
    return fail(text.charAt(0).toLocaleUpperCase(say.locale) + text.slice(1));
  },
};
