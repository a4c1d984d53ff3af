import type { Gate } from '../gates/gate-schema';

/**
 * Ready for QA: QA get a complete handoff package and a testable build, never a bare ticket.
 * Checked when an item moves to "Ready for QA" (or "In QA").
 */
export const readyForQaTemplate: Gate = {
  id: 'ready-for-qa',
  name: 'Ready for QA',
  description:
    'The engineer hands the work to QA with everything QA need to test it without asking: the handoff package, an owner, no open blockers and a build to test. ' +
    'Use it on the transition to Ready for QA. Teams can add a field-set criterion on their story points field (customfield_…) or on Components.',
  criteria: [
    {
      id: 'handoff-package',
      kind: 'handoff-complete',
      label: 'QA handoff package is complete',
      hint: 'In the Shipshape panel, fill in every section: feature summary, expected behaviours (one checkable behaviour each), known risk areas, test accounts and data setup, and a release notes draft ("No user-facing change" is a valid draft).',
    },
    {
      id: 'description',
      kind: 'field-set',
      field: 'description',
      label: 'Description is filled in',
      hint: 'Edit the Description: say what the work changes and why, so QA can judge the behaviour against the intent.',
    },
    {
      id: 'assignee',
      kind: 'field-set',
      field: 'assignee',
      label: 'Someone is assigned',
      hint: 'Assign the work item to the engineer QA should ask about the change.',
    },
    {
      id: 'subtasks-done',
      kind: 'subtasks-done',
      label: 'Development sub-tasks are done',
      hint: "Finish or close the open sub-tasks. If a sub-task is QA's own work, a lead can waive this criterion with a reason.",
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'no-open-blockers',
      kind: 'links-resolved',
      linkType: 'Blocks',
      label: 'No open work item blocks this one',
      hint: 'Resolve the work items that block this one, or remove "is blocked by" links that no longer apply.',
    },
    {
      id: 'not-labelled-blocked',
      kind: 'labels',
      forbid: ['blocked'],
      label: 'Not labelled "blocked"',
      hint: 'Remove the "blocked" label once the item is unblocked. If it is still blocked, it is not ready for QA.',
    },
    {
      id: 'build-available',
      kind: 'manual',
      label: 'A build with the change is deployed where QA can test it',
      hint: 'Deploy the change to the test environment, name the build or environment in the handoff test data section, then tick this item in the Shipshape panel.',
    },
  ],
};
