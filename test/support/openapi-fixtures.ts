/** Realistic REST payloads (shapes copied from live Jira Cloud / Confluence Cloud responses) for contract tests. */

const JIRA = 'https://shipshape-test.atlassian.net';
const CREATED = '2025-03-04T10:15:30.000+0000'; // Jira's real offset style: no colon

export function adfParagraph(text: string) {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

export function jiraStatus(name: 'To Do' | 'In Progress' | 'Done') {
  const id = { 'To Do': '10000', 'In Progress': '3', Done: '10001' }[name];
  return {
    self: `${JIRA}/rest/api/3/status/${id}`,
    description: '',
    iconUrl: `${JIRA}/`,
    name,
    id,
    statusCategory: { self: `${JIRA}/rest/api/3/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name },
  };
}

function issueType(name: 'Story' | 'Sub-task', subtask: boolean) {
  const id = subtask ? '10003' : '10001';
  return { self: `${JIRA}/rest/api/3/issuetype/${id}`, id, description: '', iconUrl: `${JIRA}/icon.svg`, name, subtask, hierarchyLevel: subtask ? -1 : 0 };
}

function linkedIssue(key: string, id: string, subtask: boolean) {
  return {
    id,
    key,
    self: `${JIRA}/rest/api/3/issue/${id}`,
    fields: {
      summary: `Work item ${key}`,
      status: jiraStatus('In Progress'),
      priority: { self: `${JIRA}/rest/api/3/priority/3`, iconUrl: `${JIRA}/medium.svg`, name: 'Medium', id: '3' },
      issuetype: issueType(subtask ? 'Sub-task' : 'Story', subtask),
    },
  };
}

const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: `${JIRA}/rest/api/3/issueLinkType/10000` };

/** An entry of `fields.issuelinks`: only the other side of the link is present. */
function issueLinkField() {
  return { id: '10400', self: `${JIRA}/rest/api/3/issueLink/10400`, type: BLOCKS, outwardIssue: linkedIssue('ABC-200', '10200', false) };
}

/** A GET /rest/api/3/issueLink/{linkId} response: both sides (the IssueLink schema requires both). */
export function issueLink() {
  return { ...issueLinkField(), inwardIssue: linkedIssue('ABC-123', '10123', false) };
}

function changelogHistory(index: number) {
  return {
    id: String(20000 + index),
    author: { accountId: '5b10a2844c20165700ede21g', displayName: 'Mia Krystof', active: true, accountType: 'atlassian' },
    created: CREATED,
    items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '3', toString: 'In Progress' }],
  };
}

/** A GET /rest/api/3/issue/{issueIdOrKey}?expand=changelog response. */
export function jiraIssue(options: { subtasks?: number; histories?: number } = {}) {
  const subtasks = Array.from({ length: options.subtasks ?? 2 }, (_, i) => linkedIssue(`ABC-${1000 + i}`, String(11000 + i), true));
  const histories = Array.from({ length: options.histories ?? 1 }, (_, i) => changelogHistory(i));
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: '10123',
    self: `${JIRA}/rest/api/3/issue/10123`,
    key: 'ABC-123',
    fields: {
      summary: 'Ship the QA handoff package',
      status: jiraStatus('In Progress'),
      issuetype: issueType('Story', false),
      subtasks,
      issuelinks: [issueLinkField()],
      description: adfParagraph('Acceptance criteria are listed in the linked Confluence page.'),
      created: CREATED,
    },
    names: { summary: 'Summary', status: 'Status' },
    changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
  };
}

/** A GET /wiki/api/v2/pages/{id}?body-format=storage response. */
export function confluencePage() {
  return {
    id: '98765',
    status: 'current',
    title: 'QA handoff: ABC-123',
    spaceId: '65538',
    parentId: '98000',
    parentType: 'page',
    position: null,
    authorId: '5b10a2844c20165700ede21g',
    ownerId: null,
    lastOwnerId: null,
    createdAt: '2025-03-04T10:15:30.000Z',
    version: { createdAt: '2025-03-05T08:00:00.000Z', message: '', number: 3, minorEdit: false, authorId: '5b10a2844c20165700ede21g' },
    body: { storage: { representation: 'storage', value: '<p>Ready for QA</p>' } },
    _links: {
      webui: '/spaces/QA/pages/98765',
      editui: '/pages/resumedraft.action?draftId=98765',
      tinyui: '/x/AbCd',
      base: 'https://shipshape-test.atlassian.net/wiki',
    },
  };
}
