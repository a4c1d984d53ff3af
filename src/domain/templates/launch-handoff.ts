import type { Gate } from '../gates/gate-schema';

/**
 * Launch handoff: the people who run the launch get a plan they can act on, with owners.
 * Checked when an item moves to "Launching" (or "Released").
 */
export const launchHandoffTemplate: Gate = {
  id: 'launch-handoff',
  name: 'Launch handoff',
  description:
    'The team hands the launch to the people who run and support it: a staged rollout plan, a monitoring owner, a support briefing, rollback criteria set in advance and a review date. ' +
    'Use it on the transition to Launching. Pair it with Go-live readiness for the full pre-release check.',
  criteria: [
    {
      id: 'fix-version',
      kind: 'field-set',
      field: 'fixVersions',
      label: 'Fix version names the release',
      hint: 'Set Fix versions to the release that launches this change.',
    },
    {
      id: 'launch-owner',
      kind: 'field-set',
      field: 'assignee',
      label: 'Someone owns the launch',
      hint: 'Assign the work item to the person who runs the launch.',
    },
    {
      id: 'release-notes',
      kind: 'handoff-complete',
      sections: ['releaseNotes'],
      label: 'Release notes draft is written',
      hint: 'In the Shipshape panel, write the release notes draft: what users will be told, in their words.',
    },
    {
      id: 'staged-rollout-plan',
      kind: 'manual',
      label: 'Rollout plan sets out the stages',
      hint: 'Write down each stage (who gets it, when) and the signal that must hold before the next stage, then tick this item in the Shipshape panel.',
    },
    {
      id: 'monitoring-owner',
      kind: 'manual',
      label: 'A named person watches the monitoring',
      hint: 'Name who watches dashboards and alerts during the rollout and how to reach them, then tick this item.',
    },
    {
      id: 'on-call-aware',
      kind: 'manual',
      required: false,
      label: 'On-call knows the launch time',
      hint: 'Tell the on-call engineer when the launch happens and where the rollback steps are, then tick this item.',
    },
    {
      id: 'support-briefing',
      kind: 'manual',
      label: 'Support has a briefing with expected issues and response paths',
      hint: 'Give support the expected questions and issues, the answers, and who to escalate to, then tick this item.',
    },
    {
      id: 'rollback-criteria',
      kind: 'manual',
      label: 'Rollback criteria are set before launch',
      hint: 'Write down which signals trigger a rollback and who decides, before the first stage starts, then tick this item.',
    },
    {
      id: 'success-review-date',
      kind: 'manual',
      label: 'Success review date is on the calendar',
      hint: 'Book the review where the team checks the success signal against its target, then tick this item.',
    },
  ],
};
