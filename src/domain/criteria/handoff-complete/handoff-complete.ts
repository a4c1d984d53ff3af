import { fail, pass, type CriterionRule } from '../criterion-rule';
import { HANDOFF_SECTIONS, type HandoffSection } from '../../gates/criterion-schema';
import type { Handoff } from '../../records/records-schema';
import { hasVisibleText } from '../../visible-text/visible-text';

export const HANDOFF_SECTION_TITLES: Record<HandoffSection, string> = {
  summary: 'Feature summary',
  expectedBehaviours: 'Expected behaviours',
  riskAreas: 'Known risk areas',
  testData: 'Test accounts / data setup',
  releaseNotes: 'Release notes draft',
};

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

export const handoffCompleteRule: CriterionRule<'handoff-complete'> = {
  defaultLabel: () => 'QA handoff package is complete',
  defaultHint: () => 'Fill in the missing sections of the handoff package in the Shipshape panel on the work item.',
  check(c, { records }) {
    const sections = c.sections ?? HANDOFF_SECTIONS;
    const missing = sections.filter((s) => !handoffSectionFilled(records.handoff, s));
    if (missing.length === 0) return pass('Every handoff section is filled in');
    return fail(`Handoff package is missing: ${missing.map((s) => HANDOFF_SECTION_TITLES[s]).join(', ')}`);
  },
};
