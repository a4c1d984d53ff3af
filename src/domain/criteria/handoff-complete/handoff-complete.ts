import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { HandoffCompleteCriterion } from './handoff-complete-schema';
import { HANDOFF_SECTIONS, type HandoffSection } from '../../handoff/handoff-sections';
import type { Handoff } from '../../records/records-schema';
import { hasVisibleText } from '../../visible-text/visible-text';

const hasText = (text: string | undefined) => hasVisibleText(text);

export function handoffSectionFilled(handoff: Handoff | undefined, section: HandoffSection): boolean {
  switch (section) {
    case 'expectedBehaviours':
      return (handoff?.expectedBehaviours ?? []).some((b) => hasText(b.text));
    case 'riskAreas':
      return (handoff?.riskAreas ?? []).some((r) => hasText(r.text));
    default:
      return hasText(handoff?.[section]);
  }
}

export const handoffCompleteRule: CriterionRule<HandoffCompleteCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.handoff.label'),
  defaultHint: (_c, _issue, say) => say('gate.handoff.hint'),
  check(c, { records, say }) {
    const sections = c.sections ?? HANDOFF_SECTIONS;
    const missing = sections.filter((s) => !handoffSectionFilled(records.handoff, s));
    if (missing.length === 0) return pass(say('gate.handoff.complete'));
    return fail(say('gate.handoff.missing', { sections: missing.map((s) => say(`handoffSection.${s}`)).join(', ') }));
  },
};
