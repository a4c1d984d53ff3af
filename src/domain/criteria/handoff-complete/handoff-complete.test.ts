import { englishSay } from '../../words/english';
import { behaviour, fullHandoff, issue, records, recordsFixture, ruleContext } from '../../../../test/support/builders';
import type { CriterionOf, HandoffSection } from '../../gates/criterion-schema';
import type { Handoff } from '../../records/records-schema';
import { handoffCompleteRule, handoffSectionFilled } from './handoff-complete';

const criterion = (sections?: HandoffSection[]): CriterionOf<'handoff-complete'> => ({
  id: 'handoff',
  kind: 'handoff-complete',
  ...(sections ? { sections } : {}),
});
const check = (handoff: Handoff | undefined, sections?: HandoffSection[]) =>
  handoffCompleteRule.check(criterion(sections), ruleContext(issue(), records(handoff ? { handoff } : {})));

describe('handoff-complete rule', () => {
  it('passes a package with all five sections filled in', () => {
    expect(check(fullHandoff())).toEqual({ passed: true, reason: 'Every handoff section is filled in' });
  });

  it('lists all five sections, in order, when there is no package', () => {
    expect(check(undefined)).toEqual({
      passed: false,
      reason: 'Handoff package is missing: Feature summary, Expected behaviours, Known risk areas, Test accounts / data setup, Release notes draft',
    });
    expect(check({}).reason).toBe(check(undefined).reason);
  });

  it('counts whitespace-only text as empty', () => {
    expect(check({ ...fullHandoff(), testData: ' \n\t ', releaseNotes: '' })).toEqual({
      passed: false,
      reason: 'Handoff package is missing: Test accounts / data setup, Release notes draft',
    });
  });

  it('counts lists with no written entry as empty', () => {
    const handoff = { ...fullHandoff(), expectedBehaviours: [behaviour('b1', '   ')], riskAreas: [] };
    expect(check(handoff).reason).toBe('Handoff package is missing: Expected behaviours, Known risk areas');
  });

  it('checks only the listed sections when the criterion names them', () => {
    const handoff: Handoff = { summary: 'What changed', releaseNotes: '  ' };
    expect(check(handoff, ['summary'])).toEqual({ passed: true, reason: 'Every handoff section is filled in' });
    expect(check(handoff, ['releaseNotes', 'summary', 'testData'])).toEqual({
      passed: false,
      reason: 'Handoff package is missing: Release notes draft, Test accounts / data setup',
    });
  });

  it('reads the records fixtures', () => {
    const failing = handoffCompleteRule.check(criterion(), ruleContext(issue(), recordsFixture('records-failing')));
    expect(failing.reason).toBe('Handoff package is missing: Known risk areas, Test accounts / data setup, Release notes draft');
    expect(handoffCompleteRule.check(criterion(), ruleContext(issue(), recordsFixture('records-ready'))).passed).toBe(true);
  });

  it('handoffSectionFilled looks at one section', () => {
    expect(handoffSectionFilled(undefined, 'summary')).toBe(false);
    expect(handoffSectionFilled({ riskAreas: [{ id: 'r', text: 'Caching', severity: 'low' }] }, 'riskAreas')).toBe(true);
    expect(handoffSectionFilled({ riskAreas: [{ id: 'r', text: ' ', severity: 'low' }] }, 'riskAreas')).toBe(false);
  });

  it('has a default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(handoffCompleteRule.defaultLabel(criterion(), view, englishSay)).toBe('QA handoff package is complete');
    expect(handoffCompleteRule.defaultHint(criterion(), view, englishSay)).toBe(
      'Fill in the missing sections of the handoff package in the Shipshape panel on the work item.',
    );
  });
});
