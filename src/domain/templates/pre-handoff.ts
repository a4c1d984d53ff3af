import type { Gate } from '../gates/gate-schema';

/**
 * Pre-handoff: the problem and its boundaries are clear before engineering starts.
 * Checked when an item moves to "Ready for development" (or "Selected for development").
 */
export const preHandoffTemplate: Gate = {
  id: 'pre-handoff',
  name: 'Pre-handoff: ready for engineering',
  description:
    'Product hands the work to engineering with the problem, the user, the measure of success and the boundaries written down. ' +
    'Use it on the transition into development. Acceptance criteria are written as expected behaviours in the Shipshape panel, so QA later verify exactly those.',
  criteria: [
    {
      id: 'problem-stated',
      kind: 'field-set',
      field: 'description',
      label: 'Description states the problem',
      hint: 'Edit the Description: state the problem to solve and the evidence for it, not only the solution.',
    },
    {
      id: 'acceptance-criteria',
      kind: 'handoff-complete',
      sections: ['expectedBehaviours'],
      label: 'Acceptance criteria are written as testable expected behaviours',
      hint: 'In the Shipshape panel, add the expected behaviours: one observable, checkable outcome each ("Given…, when…, then…" works well).',
    },
    {
      id: 'target-user',
      kind: 'manual',
      label: 'Target user is named',
      hint: 'Name the user or segment this is for in the Description, then tick this item in the Shipshape panel.',
    },
    {
      id: 'success-signal',
      kind: 'manual',
      label: 'Success signal is defined',
      hint: 'Write down the metric or observation that will show it worked, and its target, then tick this item.',
    },
    {
      id: 'non-goals',
      kind: 'manual',
      label: 'Non-goals are written',
      hint: 'List what this work deliberately does not do, so scope questions have an answer, then tick this item.',
    },
    {
      id: 'user-flow',
      kind: 'manual',
      label: 'User flow is clear',
      hint: 'Link or attach the flow or designs the engineer should build, then tick this item. A lead can waive it for work with no user flow.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'edge-cases',
      kind: 'manual',
      label: 'Edge cases are listed',
      hint: 'List the empty, error, limit and permission cases the change must handle, then tick this item.',
    },
    {
      id: 'dependencies',
      kind: 'manual',
      label: 'Dependencies are identified and linked',
      hint: 'Link the work items, teams or services this depends on (use "is blocked by" links for blockers), then tick this item.',
    },
    {
      id: 'analytics-plan',
      kind: 'manual',
      label: 'Analytics plan exists',
      hint: 'Write down which events will be tracked to measure the success signal, then tick this item. A lead can waive it for work with nothing to measure.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'decision-owner',
      kind: 'manual',
      label: 'Decision owner for trade-offs is known',
      hint: 'Name the one person who decides trade-offs during the build (the DACI Approver), then tick this item.',
    },
  ],
};
