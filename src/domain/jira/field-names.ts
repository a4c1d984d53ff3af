/** Display names of Jira's system fields, used when Jira's `names` expansion is not at hand. */
const SYSTEM_FIELD_NAMES: Record<string, string> = {
  affectedVersions: 'Affects versions',
  assignee: 'Assignee',
  components: 'Components',
  description: 'Description',
  duedate: 'Due date',
  environment: 'Environment',
  fixVersions: 'Fix versions',
  issuelinks: 'Linked work items',
  issuetype: 'Work type',
  labels: 'Labels',
  parent: 'Parent',
  priority: 'Priority',
  reporter: 'Reporter',
  resolution: 'Resolution',
  subtasks: 'Sub-tasks',
  summary: 'Summary',
  timeestimate: 'Remaining estimate',
  timeoriginalestimate: 'Original estimate',
};

export function fieldDisplayName(fieldId: string, names?: Record<string, string>): string {
  // Own entries only: a field id such as "toString" must not resolve to Object.prototype's members.
  if (names && Object.hasOwn(names, fieldId)) return names[fieldId] ?? fieldId;
  return Object.hasOwn(SYSTEM_FIELD_NAMES, fieldId) ? (SYSTEM_FIELD_NAMES[fieldId] ?? fieldId) : fieldId;
}
