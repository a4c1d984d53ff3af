import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { HandoffCompleteCriterion } from './handoff-complete-schema';
import { HANDOFF_SECTIONS, HANDOFF_SECTION_TITLES, type HandoffSection } from '../../handoff/handoff-sections';
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
  defaultLabel: () => 'QA handoff package is complete',
  defaultHint: () => 'Fill in the missing sections of the handoff package in the Shipshape panel on the work item.',
  check(c, { records }) {
    const sections = c.sections ?? HANDOFF_SECTIONS;
    const missing = sections.filter((s) => !handoffSectionFilled(records.handoff, s));
    if (missing.length === 0) return pass('Every handoff section is filled in');
    return fail(`Handoff package is missing: ${missing.map((s) => HANDOFF_SECTION_TITLES[s]).join(', ')}`);
  },
};
