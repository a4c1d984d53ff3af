/**
 * Every Jira REST operation the app calls, as the OpenAPI spec names it. The conformance tests
 * check each against ../shared/contracts and derive the scopes the manifest must declare.
 */
export const JIRA_OPERATIONS = {
  getIssue: { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', query: ['fields', 'properties', 'expand'] },
  /** Called as the user, from the DACI table's settings: which linked work items exist (and may be seen), with their status. */
  bulkFetchIssues: { method: 'POST', template: '/rest/api/3/issue/bulkfetch', query: [] },
  /** Called as the user: what the person may do on one work item. */
  getMyPermissions: { method: 'GET', template: '/rest/api/3/mypermissions', query: ['issueId', 'issueKey', 'projectKey', 'projectId', 'permissions'] },
  /** Called as the user: the viewer's Jira language, for the issue context's collapsed status (Forge gives that function no locale). */
  getCurrentUser: { method: 'GET', template: '/rest/api/3/myself', query: ['expand'] },
  /** Called as the user: the transitions the person may take on one work item now, for the panel's "what next". */
  getTransitions: { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', query: [] },
  /** Called as the app: the groups a person is in, recorded on approvals and waivers. */
  getUserGroups: { method: 'GET', template: '/rest/api/3/user/groups', query: ['accountId'] },
  /** Called as the app: a project's roles by name, to find the ids of the roles a gate names. */
  getProjectRoles: { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/role', query: [] },
  /** Called as the app: the people and groups in one project role. */
  getProjectRole: { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/role/{id}', query: [] },
  /** Called as the app: display names and avatars of the people the panel names, in one call. */
  bulkGetUsers: { method: 'GET', template: '/rest/api/3/user/bulk', query: ['accountId', 'maxResults', 'startAt'] },
  /** Called as the app: a page of a project's work items with their gates' fields and search summary, when its gate set changed. */
  searchIssues: { method: 'GET', template: '/rest/api/3/search/jql', query: ['jql', 'fields', 'properties', 'expand', 'maxResults', 'nextPageToken'] },
  /** Called as the user: the Bug QA files from a failed behaviour (their permissions, their name as reporter). */
  createIssue: { method: 'POST', template: '/rest/api/3/issue', query: [] },
  /** Called as the user: the new Bug blocks the item (the gate's link type). */
  linkIssues: { method: 'POST', template: '/rest/api/3/issueLink', query: [] },
  /**
   * Called as the user, from the panel (`requestJira` in the browser, so Jira records them as the
   * uploader): the files QA attach to the item as evidence for a result.
   */
  addAttachment: { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/attachments', query: [] },
  /** Called as the app: the item's search summary (the `jira:entityProperty` JQL index). */
  setIssueProperty: { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', query: [] },
  /** Called as the app: every system and custom field, for the gate editor's field picker. */
  getFields: { method: 'GET', template: '/rest/api/3/field', query: [] },
  /** Called as the app: the site's link types, for the gate editor's link-type picker. */
  getIssueLinkTypes: { method: 'GET', template: '/rest/api/3/issueLinkType', query: [] },
  /** Called as the user: groups whose names match, for the gate editor's approver pickers. */
  findGroups: { method: 'GET', template: '/rest/api/3/groups/picker', query: ['query', 'maxResults'] },
  /** Called as the app: a project by id or key, for a team-managed workflow's project key and the gate editor's work types. */
  getProject: { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', query: ['expand'] },
  /**
   * Called as the user: projects whose names or keys match, for the insights gadget's project
   * picker (Jira lists only what the caller may browse). Called as the app: the site's projects a
   * page at a time, for the search re-index after the site's templates changed.
   */
  searchProjects: { method: 'GET', template: '/rest/api/3/project/search', query: ['query', 'maxResults', 'action', 'startAt', 'orderBy'] },
  /** Called as the app: every work type on the site, for the site templates' work-type picker (no project there). */
  getIssueTypes: { method: 'GET', template: '/rest/api/3/issuetype', query: [] },
  /** Called as the user: people whose names match, for the gate editor's people pickers (Jira hides whom the caller may not see). */
  findUsers: { method: 'GET', template: '/rest/api/3/user/search', query: ['query', 'maxResults'] },
  /**
   * Called as the app (Jira answers apps only, and only their own rules): every workflow rule of
   * Shipshape's validator with its configuration, for the settings page's "in use". Declared with
   * the granular `read:workflow:jira` the REST docs list for it instead of the spec's Current
   * `manage:jira-configuration` (Jira administration actions), see docs/configuration.md.
   */
  getWorkflowRuleConfigs: {
    method: 'GET',
    template: '/rest/api/3/workflow/rule/config',
    query: ['types', 'expand', 'startAt', 'maxResults'],
    scope: 'read:workflow:jira',
  },
} as const;

export type JiraOperationId = keyof typeof JIRA_OPERATIONS;
