import type { Gate } from '../gates/gate-schema';

/**
 * Definition of Done: the item delivers value, not only code. Checked when an item moves to Done.
 * Jira checks what it can (description, sub-tasks, blockers, linked DACI decisions, QA verification); a person
 * confirms the rest of the release surface (analytics, copy, briefings, usability).
 */
export const definitionOfDoneTemplate: Gate = {
  id: 'definition-of-done',
  name: 'Definition of Done',
  description:
    'Done means the change works for users and the release around it is ready, not only that the code is merged. ' +
    'Use it on the transition to Done. Add what your team also demands, for example a field-set criterion on your story points field (customfield_…) or on Components.',
  criteria: [
    {
      id: 'description',
      kind: 'field-set',
      field: 'description',
      label: 'Description says what the work delivers',
      hint: 'Edit the Description: state the problem solved and the outcome for users, so the item still makes sense after release.',
    },
    {
      id: 'subtasks-done',
      kind: 'subtasks-done',
      label: 'All sub-tasks are done',
      hint: 'Finish or close the open sub-tasks. Move leftover work to a new work item and link it, rather than leaving sub-tasks open.',
    },
    {
      id: 'no-open-blockers',
      kind: 'links-resolved',
      linkType: 'Blocks',
      label: 'No open work item blocks this one',
      hint: 'Resolve the work items that block this one, or remove "is blocked by" links that no longer apply.',
    },
    {
      id: 'decisions-settled',
      kind: 'decisions-settled',
      label: 'Decisions linked to this work item are settled',
      hint: 'Open the decisions the Shipshape panel lists: have their Driver reach a decision and their Approver approve it in the Confluence spec. Unlink a decision that does not concern this work item.',
    },
    {
      id: 'behaviours-verified',
      kind: 'behaviours-verified',
      label: 'QA verified every expected behaviour',
      hint: 'QA mark each expected behaviour as verified in the Shipshape panel. Fix the failed ones and ask QA to check them again; an edited behaviour needs a new check.',
    },
    {
      id: 'analytics-live',
      kind: 'manual',
      label: 'Analytics events for the new behaviour are firing',
      hint: 'Trigger the behaviour in production or staging and confirm its events arrive in your analytics tool, then tick this item in the Shipshape panel.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'copy-final',
      kind: 'manual',
      label: 'User-facing copy is reviewed and final',
      hint: 'Have the copy owner (product, design or content) review every text users will see, including errors and emails, then tick this item. A lead can waive it for changes with no user-facing text.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'teams-briefed',
      kind: 'manual',
      label: 'Support, sales and success teams are briefed',
      hint: 'Tell support, sales and customer success what changes and when, with the known issues, then tick this item. A lead can waive it for internal-only changes.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'rollout-controls',
      kind: 'manual',
      required: false,
      label: 'Rollout controls are in place (feature flag, kill switch)',
      hint: 'Needed when the release is exposed in stages: put the change behind a feature flag or kill switch, note its name on the work item, then tick this item.',
    },
    {
      id: 'usability-evidence',
      kind: 'manual',
      label: 'There is evidence that users can use it',
      hint: 'Attach or link usability evidence (a test session, a recording, beta feedback), not only proof that it is built, then tick this item. A lead can waive it for changes users do not see.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
  ],
};
