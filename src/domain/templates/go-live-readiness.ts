import type { Gate } from '../gates/gate-schema';

/**
 * Go-live readiness: the release can be run, watched, supported and undone, and a named
 * person signed off. Checked when the work item that ships moves to "Ready to release".
 */
export const goLiveReadinessTemplate: Gate = {
  id: 'go-live-readiness',
  name: 'Go-live readiness',
  description:
    'Everything around the release is ready before users see it: rollout, monitoring, support, copy, rollback and the review afterwards, with a sign-off from a project administrator. ' +
    'Use it on the transition to Ready to release. Change the approval to the role or group that owns releases in your team.',
  criteria: [
    {
      id: 'fix-version',
      kind: 'field-set',
      field: 'fixVersions',
      label: 'Fix version names the release',
      hint: 'Set Fix versions to the release this ships in, so everyone can see what goes out together.',
    },
    {
      id: 'rollout-owner',
      kind: 'field-set',
      field: 'assignee',
      label: 'One person owns the rollout',
      hint: 'Assign the work item to the person who runs the rollout and answers for it on the day.',
    },
    {
      id: 'subtasks-done',
      kind: 'subtasks-done',
      label: 'All sub-tasks are done',
      hint: 'Finish or close the open sub-tasks before release.',
    },
    {
      id: 'no-open-blockers',
      kind: 'links-resolved',
      linkType: 'Blocks',
      label: 'No open work item blocks this one',
      hint: 'Resolve the work items that block this one, or remove "is blocked by" links that no longer apply.',
    },
    {
      id: 'behaviours-verified',
      kind: 'behaviours-verified',
      label: 'QA verified every expected behaviour',
      hint: 'QA mark each expected behaviour as verified in the Shipshape panel. Fix the failed ones and ask QA to check them again.',
    },
    {
      id: 'rollout-plan',
      kind: 'manual',
      label: 'Rollout plan is written',
      hint: 'Write down when and to whom the change goes out, and who does each step, then tick this item in the Shipshape panel.',
    },
    {
      id: 'rollout-controls',
      kind: 'manual',
      required: false,
      label: 'Rollout controls are in place (feature flag, kill switch)',
      hint: 'Needed when the release is exposed in stages: put it behind a feature flag or kill switch and name it in the rollout plan, then tick this item.',
    },
    {
      id: 'monitoring-live',
      kind: 'manual',
      label: 'Monitoring is live for product and technical signals',
      hint: 'Check that dashboards and alerts cover errors, latency and the product metric, and that success and failure will be visible on day one, then tick this item.',
    },
    {
      id: 'analytics-live',
      kind: 'manual',
      label: 'Analytics events are firing',
      hint: 'Trigger the new behaviour and confirm its events arrive in your analytics tool, then tick this item.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'support-briefed',
      kind: 'manual',
      label: 'Support is briefed on likely questions and known issues',
      hint: 'Give support the release notes, the known issues and who to escalate to, then tick this item.',
    },
    {
      id: 'stakeholders-informed',
      kind: 'manual',
      label: 'Internal stakeholders know what ships',
      hint: 'Tell sales, success, marketing and other affected teams what ships and when, then tick this item.',
    },
    {
      id: 'copy-final',
      kind: 'manual',
      label: 'Customer-facing copy is final',
      hint: 'Get the final sign-off on in-product text, emails and announcements from their owner, then tick this item. A lead can waive it when nothing customer-facing changes.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'access-and-migration-tested',
      kind: 'manual',
      label: 'Access, permissions and migration paths are tested',
      hint: 'Test the change with each kind of user and permission, and run any data migration on a copy of real data, then tick this item. A lead can waive it when nothing of this changes.',
      waivableBy: { projectRoles: ['Administrators', 'Administrator'] },
    },
    {
      id: 'rollback-criteria',
      kind: 'manual',
      label: 'Rollback criteria are agreed',
      hint: 'Agree which signals trigger a rollback and who decides, and write them in the rollout plan, then tick this item.',
    },
    {
      id: 'post-launch-review',
      kind: 'manual',
      label: 'Post-launch review is scheduled',
      hint: 'Put the review on the calendar (for example a day, a week and a month after launch) with the success signal to check, then tick this item.',
    },
    {
      id: 'go-live-approval',
      kind: 'approval',
      approvers: { projectRoles: ['Administrators', 'Administrator'] },
      label: 'Go-live approved by a project administrator',
      hint: 'Ask a project administrator to review this checklist and approve in the Shipshape panel.',
    },
  ],
};
