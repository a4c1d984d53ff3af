/**
 * The demo site's configuration: project ABC "Checkout" (company-managed), its work types,
 * statuses, workflow with Shipshape gate rules, fields and link types; and project MOB "Mobile
 * app" (team-managed, with its own workflow and admins, no items). Ids follow Jira Cloud's
 * usual numbering so that answers look like a real site's.
 */
import { ALEX, PRIYA } from './demo-users';
import type { FieldData, StandInData, TransitionRule, Workflow } from './standin-data';

export const STATUS = { toDo: '10000', inProgress: '3', readyForQa: '10002', done: '10001' } as const;
export const ISSUE_TYPE = { story: '10001', task: '10002', subtask: '10003', bug: '10004' } as const;
export const PRIORITY = { highest: '1', high: '2', medium: '3', low: '4', lowest: '5' } as const;
export const VERSION = { v2026_11: '10020', v2026_12: '10021', v2027_01: '10022' } as const;
export const COMPONENT = { payments: '10031', web: '10032', promotions: '10033', delivery: '10034' } as const;
export const LINK_TYPE = { blocks: '10000', duplicate: '10002', relates: '10003' } as const;
export const RISK_OPTION = { low: '10040', medium: '10041', high: '10042' } as const;
export const PROJECT_ID = '10000';
export const RESOLUTION_DONE = '10000';
export const MAIN_WORKFLOW_ID = 'checkout-workflow';
export const SUBTASK_WORKFLOW_ID = 'checkout-subtask-workflow';
/** The team-managed project "Mobile app" (MOB), administered by Priya, and its own workflow. */
export const TEAM_PROJECT_ID = '10001';
export const TEAM_WORKFLOW_ID = 'mobile-app-workflow';
export const TEAM_TRANSITION = { start: '61', ship: '71' } as const;

export const gateRule = (gateId: string): TransitionRule => ({ id: `shipshape-gate-${gateId}`, type: 'shipshape-gate', configuration: { gateId } });

function transitions(withRules: boolean): Workflow['transitions'] {
  const rules = (gateId: string) => (withRules ? [gateRule(gateId)] : []);
  return [
    { id: '11', name: 'Start progress', fromStatusIds: [STATUS.toDo], toStatusId: STATUS.inProgress, rules: [] },
    { id: '21', name: 'Ready for QA', fromStatusIds: [STATUS.inProgress], toStatusId: STATUS.readyForQa, rules: rules('ready-for-qa') },
    { id: '31', name: 'Done', fromStatusIds: [STATUS.inProgress, STATUS.readyForQa], toStatusId: STATUS.done, rules: rules('definition-of-done') },
    { id: '41', name: 'Reopen', fromStatusIds: [STATUS.done], toStatusId: STATUS.toDo, rules: [] },
    { id: '51', name: 'Back to In Progress', fromStatusIds: [STATUS.readyForQa], toStatusId: STATUS.inProgress, rules: [] },
  ];
}

const system = (id: string, name: string, schema: FieldData['schema'], clauseNames: string[], flags: Partial<FieldData> = {}): FieldData => ({
  id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames,
  ...(schema ? { schema } : {}),
  ...flags,
});
const customField = (number: number, name: string, type: string, custom: string, clause: string, options?: FieldData['options']): FieldData => ({
  id: `customfield_${number}`,
  name,
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [`cf[${number}]`, name, `${name}[${clause}]`],
  schema: { type, custom, customId: number },
  ...(options ? { options } : {}),
});
const sys = (type: string, systemId: string, items?: string) => ({ type, ...(items ? { items } : {}), system: systemId });

const FIELDS: FieldData[] = [
  system('summary', 'Summary', sys('string', 'summary'), ['summary']),
  system('issuetype', 'Work type', sys('issuetype', 'issuetype'), ['issuetype', 'type']),
  system('parent', 'Parent', undefined, ['parent'], { orderable: false, searchable: false }),
  system('status', 'Status', sys('status', 'status'), ['status'], { orderable: false }),
  system('statuscategorychangedate', 'Status Category Changed', sys('datetime', 'statuscategorychangedate'), ['statusCategoryChangedDate'], {
    orderable: false,
  }),
  system('priority', 'Priority', sys('priority', 'priority'), ['priority']),
  system('project', 'Space', sys('project', 'project'), ['project'], { orderable: false }),
  system('description', 'Description', sys('string', 'description'), ['description']),
  system('assignee', 'Assignee', sys('user', 'assignee'), ['assignee']),
  system('reporter', 'Reporter', sys('user', 'reporter'), ['reporter']),
  system('creator', 'Creator', sys('user', 'creator'), ['creator'], { orderable: false }),
  system('labels', 'Labels', sys('array', 'labels', 'string'), ['labels']),
  system('fixVersions', 'Fix versions', sys('array', 'fixVersions', 'version'), ['fixVersion']),
  system('versions', 'Affects versions', sys('array', 'versions', 'version'), ['affectedVersion']),
  system('components', 'Components', sys('array', 'components', 'component'), ['component']),
  system('subtasks', 'Sub-tasks', sys('array', 'subtasks', 'issuelinks'), ['subtasks'], { orderable: false }),
  system('issuelinks', 'Linked Issues', sys('array', 'issuelinks', 'issuelinks'), ['issueLink']),
  system('duedate', 'Due date', sys('date', 'duedate'), ['due', 'duedate']),
  system('resolution', 'Resolution', sys('resolution', 'resolution'), ['resolution']),
  system('resolutiondate', 'Resolved', sys('datetime', 'resolutiondate'), ['resolutiondate', 'resolved'], { orderable: false }),
  system('created', 'Created', sys('datetime', 'created'), ['created', 'createdDate'], { orderable: false }),
  system('updated', 'Updated', sys('datetime', 'updated'), ['updated', 'updatedDate'], { orderable: false }),
  system('attachment', 'Attachment', sys('array', 'attachment', 'attachment'), ['attachments']),
  system('comment', 'Comment', sys('comments-page', 'comment'), ['comment'], { navigable: false }),
  customField(10016, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points', 'Number'),
  customField(10020, 'Release notes', 'string', 'com.atlassian.jira.plugin.system.customfieldtypes:textarea', 'Paragraph'),
  customField(10030, 'Risk level', 'option', 'com.atlassian.jira.plugin.system.customfieldtypes:select', 'Dropdown', [
    { id: RISK_OPTION.low, value: 'Low' },
    { id: RISK_OPTION.medium, value: 'Medium' },
    { id: RISK_OPTION.high, value: 'High' },
  ]),
];

export function seedConfig(): Omit<StandInData, 'format' | 'seedVersion' | 'issues' | 'links' | 'attachments' | 'confluence'> {
  return {
    projects: [
      {
        id: PROJECT_ID,
        key: 'ABC',
        name: 'Checkout',
        description: 'Web checkout: basket, payment, delivery options and order confirmation.',
        leadAccountId: ALEX.accountId,
        issueTypeIds: [ISSUE_TYPE.story, ISSUE_TYPE.task, ISSUE_TYPE.subtask, ISSUE_TYPE.bug],
        versions: [
          { id: VERSION.v2026_11, name: '2026.11', description: 'November release train', archived: false, released: true, releaseDate: '2026-11-10' },
          { id: VERSION.v2026_12, name: '2026.12', description: 'December release train', archived: false, released: false, releaseDate: '2026-12-08' },
          { id: VERSION.v2027_01, name: '2027.01', description: 'January release train', archived: false, released: false, releaseDate: '2027-01-19' },
        ],
        components: [
          { id: COMPONENT.payments, name: 'Payments', description: 'Card, wallet and payment provider integration' },
          { id: COMPONENT.web, name: 'Web checkout', description: 'The checkout pages of the web shop' },
          { id: COMPONENT.promotions, name: 'Promotions', description: 'Promo codes and discounts' },
          { id: COMPONENT.delivery, name: 'Delivery', description: 'Delivery options and estimates' },
        ],
      },
      {
        id: TEAM_PROJECT_ID,
        key: 'MOB',
        name: 'Mobile app',
        description: "The shop's mobile app, run by its own team (a team-managed project).",
        leadAccountId: PRIYA.accountId,
        issueTypeIds: [],
        versions: [],
        components: [],
        teamManaged: true,
        administratorIds: [PRIYA.accountId],
      },
    ],
    issueTypes: [
      {
        id: ISSUE_TYPE.story,
        name: 'Story',
        description: 'Functionality or a feature expressed as a user goal.',
        subtask: false,
        hierarchyLevel: 0,
        avatarId: 10315,
        colour: '#36B37E',
      },
      {
        id: ISSUE_TYPE.task,
        name: 'Task',
        description: 'A small, distinct piece of work.',
        subtask: false,
        hierarchyLevel: 0,
        avatarId: 10318,
        colour: '#4BADE8',
      },
      {
        id: ISSUE_TYPE.subtask,
        name: 'Sub-task',
        description: "A small piece of work that's part of a larger task.",
        subtask: true,
        hierarchyLevel: -1,
        avatarId: 10316,
        colour: '#4BADE8',
      },
      { id: ISSUE_TYPE.bug, name: 'Bug', description: 'A problem or error.', subtask: false, hierarchyLevel: 0, avatarId: 10303, colour: '#E5493A' },
    ],
    statuses: [
      { id: STATUS.toDo, name: 'To Do', description: '', category: 'new' },
      {
        id: STATUS.inProgress,
        name: 'In Progress',
        description: 'This work item is being actively worked on at the moment by the assignee.',
        category: 'indeterminate',
      },
      { id: STATUS.readyForQa, name: 'Ready for QA', description: 'Handed over to QA for testing.', category: 'indeterminate' },
      { id: STATUS.done, name: 'Done', description: '', category: 'done' },
    ],
    priorities: [
      { id: PRIORITY.highest, name: 'Highest', colour: '#d04437' },
      { id: PRIORITY.high, name: 'High', colour: '#f15C75' },
      { id: PRIORITY.medium, name: 'Medium', colour: '#f79232' },
      { id: PRIORITY.low, name: 'Low', colour: '#707070' },
      { id: PRIORITY.lowest, name: 'Lowest', colour: '#999999' },
    ],
    resolutions: [{ id: RESOLUTION_DONE, name: 'Done', description: 'Work has been completed on this work item.' }],
    workflows: [
      { id: MAIN_WORKFLOW_ID, name: 'Checkout workflow', issueTypeIds: [ISSUE_TYPE.story, ISSUE_TYPE.task, ISSUE_TYPE.bug], transitions: transitions(true) },
      { id: SUBTASK_WORKFLOW_ID, name: 'Checkout sub-task workflow', issueTypeIds: [ISSUE_TYPE.subtask], transitions: transitions(false) },
      {
        id: TEAM_WORKFLOW_ID,
        name: 'Mobile app workflow',
        issueTypeIds: [],
        scopedProjectId: TEAM_PROJECT_ID,
        transitions: [
          { id: TEAM_TRANSITION.start, name: 'Start work', fromStatusIds: [STATUS.toDo], toStatusId: STATUS.inProgress, rules: [] },
          { id: TEAM_TRANSITION.ship, name: 'Ship', fromStatusIds: [STATUS.inProgress], toStatusId: STATUS.done, rules: [] },
        ],
      },
    ],
    fields: FIELDS,
    linkTypes: [
      { id: LINK_TYPE.blocks, name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
      { id: LINK_TYPE.duplicate, name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
      { id: LINK_TYPE.relates, name: 'Relates', inward: 'relates to', outward: 'relates to' },
    ],
  };
}
