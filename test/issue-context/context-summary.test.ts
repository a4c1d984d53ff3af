import { gateSummary, handoffSummary } from '../../static/issue-context/src/context-summary';
import type { CriterionView, GateView, HandoffView } from '../../src/resolvers/panel-data';

const criterion = (id: string, status: CriterionView['status'], required = true) =>
  ({
    id,
    kind: 'manual',
    label: `Check ${id}`,
    required,
    status,
    reason: '',
    hint: '',
    approvals: [],
    approvedByMe: false,
    canTick: false,
    canApprove: false,
    canWaive: false,
    canRevokeWaiver: false,
  }) as CriterionView;

const emptyHandoff: HandoffView = { summary: '', expectedBehaviours: [], riskAreas: [], testData: '', releaseNotes: '' };

describe('the expanded context panel’s summaries', () => {
  it('counts required criteria met (waived counts as met) and lists the failing ones by id and label', () => {
    const gate: GateView = {
      id: 'dod',
      name: 'Definition of Done',
      source: 'built-in',
      passed: false,
      criteria: [criterion('a', 'passed'), criterion('b', 'failed'), criterion('c', 'waived'), criterion('d', 'failed', false), criterion('e', 'failed')],
    };
    expect(gateSummary(gate)).toEqual({
      id: 'dod',
      name: 'Definition of Done',
      passed: false,
      met: 2,
      required: 4,
      failing: [
        { id: 'b', label: 'Check b' },
        { id: 'e', label: 'Check e' },
      ],
    });
  });

  it('names the empty handoff sections and counts behaviours QA passed and those to retest', () => {
    expect(handoffSummary(emptyHandoff)).toEqual({
      missing: ['summary', 'expectedBehaviours', 'riskAreas', 'testData', 'releaseNotes'],
      verified: 0,
      retest: 0,
      behaviours: 0,
    });
    const partial: HandoffView = {
      ...emptyHandoff,
      summary: 'Saved cards',
      testData: '   ',
      expectedBehaviours: [
        { id: 'b1', text: 'Card is offered', state: 'passed' },
        { id: 'b2', text: 'Guest sees none', state: 'changed' },
        { id: 'b3', text: 'Expired card hidden', state: 'failed' },
        {
          id: 'b4',
          text: 'Deleted card hidden',
          state: 'retest',
          bug: { key: 'ABC-9', status: { name: 'Done', done: true }, doneAt: '2026-12-02T10:00:00.000Z' },
        },
      ],
      riskAreas: [{ id: 'r1', text: ' ', severity: 'low' }],
    };
    expect(handoffSummary(partial)).toEqual({ missing: ['riskAreas', 'testData', 'releaseNotes'], verified: 1, retest: 1, behaviours: 4 });
  });
});
