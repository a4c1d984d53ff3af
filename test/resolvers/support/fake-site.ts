/**
 * A small Jira Cloud site for the resolvers' unit tests: one work item (ABC-123, a Story in
 * project ABC), six people with different rights, groups and project roles, and the answers
 * Jira gives to the calls the resolvers make, shaped as the platform v3 spec says. Requests are
 * recorded per client; failures can be queued per operation. The app's storage holds a gate set
 * for ABC and records for the item.
 */
import type { SendGateEvent } from '../../../src/ports/gate-event-queue';
import { memoryStore } from '../../../src/adapters/memory-store';
import { issueResolvers } from '../../../src/resolvers/issue-resolvers';
import type { Envelope } from '../../../src/resolvers/envelope';
import type { PanelData } from '../../../src/resolvers/panel-data';
import type { Gate, GatesFile } from '../../../src/domain/gates/gate-schema';
import type { ItemRecords } from '../../../src/domain/records/records-schema';
import type { JiraRequest, JiraResponse } from '../../../src/ports/jira-client';
import { projectAliasKey, projectGatesKey } from '../../../src/gates/project-keys';
import type { RetryPolicy } from '../../../src/jira/retry-policy';
import { recordsKey } from '../../../src/records/records-store';
import { adf, avatarUrls, fullHandoff, issue, PEOPLE, records, SITE } from '../../support/builders';
import { fakeClock, jiraResponse, recordingJira, type FakeClock, type RecordingJira } from '../../support/fakes';
import type { WordsFor } from '../../../src/ports/words';

export const ITEM = { id: '10123', key: 'ABC-123' };
export const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };

const group = (name: string, groupId: string) => ({ name, groupId, self: `${SITE}/rest/api/3/group?groupId=${groupId}` });
const GROUPS = {
  users: group('jira-software-users', '0f3c8d9e-1a2b-4c5d-8e6f-7a8b9c0d1e2f'),
  qa: group('qa', '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'),
  release: group('release-managers', '8e1f2a3b-4c5d-4e6f-9a0b-1c2d3e4f5a6b'),
  admins: group('project-admins', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'),
};

export interface Person {
  accountId: string;
  browse: boolean;
  edit: boolean;
  groups: Array<ReturnType<typeof group>>;
}

/** Lee holds Administrators only through the group `project-admins` (a group actor of the role). */
export const CAST = {
  dana: { accountId: PEOPLE.dana.accountId, browse: true, edit: true, groups: [GROUPS.users] },
  quinn: { accountId: PEOPLE.quinn.accountId, browse: true, edit: true, groups: [GROUPS.users, GROUPS.qa] },
  priya: { accountId: PEOPLE.priya.accountId, browse: true, edit: true, groups: [GROUPS.users, GROUPS.release] },
  lee: { accountId: PEOPLE.lee.accountId, browse: true, edit: true, groups: [GROUPS.users, GROUPS.admins] },
  vic: { accountId: '62a1f0c9d8e7b6a5f4e3d2c1', browse: true, edit: false, groups: [] },
  olga: { accountId: '5f9e8d7c6b5a4f3e2d1c0b9a', browse: false, edit: false, groups: [] },
} satisfies Record<string, Person>;
export type Who = keyof typeof CAST;

const userActor = (id: number, who: Who, displayName: string) => ({
  id,
  displayName,
  type: 'atlassian-user-role-actor',
  actorUser: { accountId: CAST[who].accountId },
});
const ROLES = [
  {
    id: 10002,
    name: 'Administrators',
    actors: [
      {
        id: 10240,
        displayName: 'project-admins',
        name: 'project-admins',
        type: 'atlassian-group-role-actor',
        actorGroup: { displayName: 'project-admins', name: 'project-admins', groupId: GROUPS.admins.groupId },
      },
    ],
  },
  { id: 10100, name: 'Developers', actors: [userActor(10241, 'dana', 'Dana Okafor')] },
  { id: 10101, name: 'QA', actors: [userActor(10242, 'quinn', 'Quinn Alvarez')] },
  { id: 10102, name: 'Product', actors: [userActor(10243, 'priya', 'Priya Raman')] },
];
const roleUrl = (id: number) => `${SITE}/rest/api/3/project/10000/role/${id}`;

export const PROJECT = {
  self: `${SITE}/rest/api/3/project/10000`,
  id: '10000',
  key: 'ABC',
  name: 'Checkout',
  projectTypeKey: 'software',
  simplified: false,
  avatarUrls: { '48x48': `${SITE}/rest/api/3/universal_avatar/view/type/project/avatar/10400` },
};

export function testGates(): Gate[] {
  return [
    {
      id: 'ready-for-qa',
      name: 'Ready for QA',
      appliesTo: { issueTypes: ['Story', 'Bug'] },
      qaVerifiers: { groups: ['qa'] },
      criteria: [
        { id: 'handoff', kind: 'handoff-complete' },
        { id: 'description', kind: 'field-set', field: 'description' },
        { id: 'build-deployed', kind: 'manual', label: 'Build is deployed to staging', waivableBy: { projectRoles: ['Administrators'] } },
      ],
    },
    {
      id: 'release',
      name: 'Release sign-off',
      criteria: [
        { id: 'verified', kind: 'behaviours-verified' },
        {
          id: 'product-approval',
          kind: 'approval',
          label: 'Product approves',
          approvers: { groups: ['release-managers'], projectRoles: ['Product'] },
          waivableBy: { projectRoles: ['Administrators'] },
        },
        { id: 'support-briefed', kind: 'manual', label: 'Support is briefed' },
      ],
    },
    { id: 'epic-launch', name: 'Epic launch', appliesTo: { issueTypes: ['Epic'] }, criteria: [{ id: 'launched', kind: 'manual' }] },
  ];
}

export const theIssue = () =>
  issue({ key: ITEM.key, fields: { project: PROJECT, description: adf.doc(adf.paragraph(adf.text('Remember the last used card.'))) } });

function permissionsAnswer(person: Person) {
  const one = (key: string, id: string, name: string, description: string, have: boolean) => ({
    id,
    key,
    name,
    type: 'PROJECT',
    description,
    havePermission: have,
  });
  return {
    permissions: {
      BROWSE_PROJECTS: one('BROWSE_PROJECTS', '10', 'Browse Projects', 'Ability to browse projects and the issues within them.', person.browse),
      EDIT_ISSUES: one('EDIT_ISSUES', '12', 'Edit Issues', 'Ability to edit issues.', person.edit),
    },
  };
}

const DISPLAY_NAMES: Record<Who, string> = {
  dana: PEOPLE.dana.displayName,
  quinn: PEOPLE.quinn.displayName,
  priya: PEOPLE.priya.displayName,
  lee: PEOPLE.lee.displayName,
  vic: 'Victor Viewer',
  olga: 'Olga Outsider',
};

/** `GET /rest/api/3/user/bulk`: a PageBeanUser of the people the site knows, paged as asked. */
function usersAnswer(request: JiraRequest): JiraResponse {
  const ids = request.repeatedQuery?.['accountId'] ?? [];
  const startAt = Number(request.query?.['startAt'] ?? 0);
  const maxResults = Number(request.query?.['maxResults'] ?? 10);
  const known = (Object.keys(CAST) as Who[]).filter((who) => ids.includes(CAST[who].accountId));
  const values = known.slice(startAt, startAt + maxResults).map((who) => ({
    self: `${SITE}/rest/api/3/user?accountId=${encodeURIComponent(CAST[who].accountId)}`,
    accountId: CAST[who].accountId,
    accountType: 'atlassian',
    avatarUrls: avatarUrls(CAST[who].accountId),
    displayName: DISPLAY_NAMES[who],
    active: true,
    timeZone: 'Europe/Berlin',
    locale: 'en_US',
  }));
  return jiraResponse(200, {
    self: `${SITE}/rest/api/3/user/bulk`,
    maxResults,
    startAt,
    total: known.length,
    isLast: startAt + maxResults >= known.length,
    values,
  });
}

/** From the item's status (In Progress): two transitions; Shipshape's validator guards "Ready for QA" with the Ready for QA gate. */
// The flags Jira's transitions answer carries for an ordinary transition.
const ORDINARY = { hasScreen: false, isGlobal: false, isInitial: false, isAvailable: true, isConditional: false, isLooped: false };
export const NEXT_TRANSITIONS = [
  { id: '21', name: 'Ready for QA', to: { id: '10002', name: 'Ready for QA' }, ...ORDINARY },
  { id: '11', name: 'Back to To Do', to: { id: '10000', name: 'To Do' }, ...ORDINARY },
];
export const WORKFLOW_RULES = {
  isLast: true,
  maxResults: 50,
  startAt: 0,
  total: 1,
  values: [
    {
      workflowId: { name: 'Checkout workflow', draft: false },
      validators: [
        { id: 'r1', configuration: { value: JSON.stringify({ gateId: 'ready-for-qa' }) }, transition: { id: 21, name: 'Ready for QA' } },
        { id: 'r2', configuration: { value: JSON.stringify({ gateId: 'release' }) }, transition: { id: 31, name: 'Done' } },
      ],
    },
  ],
};

/** Jira's answer to a request, as the app (`who` undefined) or as a person. */
function answer(
  request: JiraRequest,
  who: Person | undefined,
  item: () => unknown,
  properties: Map<string, unknown>,
  groupsNow: Map<string, Person['groups']>,
): JiraResponse {
  const { path, query = {} } = request;
  const propertyPath = `/rest/api/3/issue/${ITEM.id}/properties/`;
  if (path.startsWith(propertyPath) && request.method === 'PUT') {
    const key = decodeURIComponent(path.slice(propertyPath.length));
    const existed = properties.has(key);
    properties.set(key, structuredClone(request.body));
    return jiraResponse(existed ? 200 : 201);
  }
  if (path === '/rest/api/3/user/bulk') return usersAnswer(request);
  if (path === `/rest/api/3/issue/${ITEM.id}/transitions`) {
    if (!who) return jiraResponse(401, { errorMessages: ['Client must be authenticated'] });
    return jiraResponse(200, { expand: 'transitions', transitions: NEXT_TRANSITIONS });
  }
  if (path === '/rest/api/3/workflow/rule/config') return jiraResponse(200, WORKFLOW_RULES);
  if (path === `/rest/api/3/issue/${ITEM.id}` || path === `/rest/api/3/issue/${ITEM.key}`) {
    const wanted = (query['properties'] ?? '').split(',').filter((key) => properties.has(key));
    const answered = item() as Record<string, unknown>;
    return jiraResponse(
      200,
      wanted.length ? { ...answered, properties: Object.fromEntries(wanted.map((key) => [key, structuredClone(properties.get(key))])) } : answered,
    );
  }
  if (path === '/rest/api/3/mypermissions') {
    if (!who) return jiraResponse(401, { errorMessages: ['Client must be authenticated'] });
    return query['issueId'] === ITEM.id
      ? jiraResponse(200, permissionsAnswer(who))
      : jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  }
  if (path === '/rest/api/3/user/groups') {
    const person = Object.values(CAST).find((p) => p.accountId === query['accountId']);
    return person
      ? jiraResponse(200, groupsNow.get(person.accountId) ?? person.groups)
      : jiraResponse(404, { errorMessages: ['Specified user does not exist'], errors: {} });
  }
  // The project answers by its key, ABC, or CHK after a rename.
  const project = /^\/rest\/api\/3\/project\/(ABC|CHK)\/role/.exec(path)?.[1];
  if (path === `/rest/api/3/project/${project}/role`) return jiraResponse(200, Object.fromEntries(ROLES.map((r) => [r.name, roleUrl(r.id)])));
  const role = ROLES.find((r) => path === `/rest/api/3/project/${project}/role/${r.id}`);
  if (role) return jiraResponse(200, { self: roleUrl(role.id), name: role.name, id: role.id, description: `${role.name} of the project`, actors: role.actors });
  return jiraResponse(404, { errorMessages: [`No such resource ${path}`], errors: {} });
}

export interface SiteOptions {
  gates?: Gate[] | null;
  records?: ItemRecords | unknown;
  issue?: unknown;
  /** Issue properties of the item at the start (e.g. the search summary). */
  properties?: Record<string, unknown>;
}

export interface Call {
  payload?: unknown;
  /** The Forge context the frontend's invoke carries; the panel's item by default. */
  context?: Record<string, unknown>;
}

export function fakeSite(options: SiteOptions = {}) {
  const gates = options.gates === undefined ? testGates() : options.gates;
  const initial: Record<string, unknown> = {};
  if (gates) initial[projectGatesKey(PROJECT.id)] = { format: 'shipshape.gates/v1', gates } satisfies GatesFile;
  initial[projectAliasKey('ABC')] = { id: PROJECT.id };
  const startRecords = options.records === undefined ? records({ handoff: fullHandoff() }) : options.records;
  if (startRecords !== null) initial[recordsKey(ITEM.id)] = startRecords;
  const store = memoryStore(initial);
  const clock: FakeClock = fakeClock();
  const queued = new Map<string, JiraResponse[]>();
  let currentIssue = options.issue;
  const item = () => currentIssue ?? theIssue();
  const properties = new Map<string, unknown>(Object.entries(options.properties ?? {}));
  const groupsNow = new Map<string, Person['groups']>();
  const respond = (who: Person | undefined) => (request: JiraRequest) => queued.get(request.path)?.shift() ?? answer(request, who, item, properties, groupsNow);
  const asApp: RecordingJira = recordingJira(respond(undefined));
  const userRequests: Array<JiraRequest & { as: Who }> = [];

  const call = (resolver: string, who: Who, request: Call = {}) => callWith({}, resolver, who, request);

  /** `call` with other ports: the retry policy (e.g. the real one), as a test needs. */
  async function callWith(
    ports: { retry?: RetryPolicy; words?: WordsFor; sendEvent?: SendGateEvent },
    resolver: string,
    who: Who,
    { payload = {}, context }: Call = {},
  ): Promise<Envelope<PanelData>> {
    const asUser = recordingJira(respond(CAST[who]));
    const handler = issueResolvers({
      jiraAsApp: asApp,
      jiraAsUser: asUser,
      store,
      clock,
      retry: ports.retry ?? RETRY,
      ...(ports.words ? { words: ports.words } : {}),
      ...(ports.sendEvent ? { sendEvent: ports.sendEvent } : {}),
    });
    const event = {
      call: { functionKey: resolver, payload },
      context: context ?? {
        extension: { type: 'jira:issuePanel', issue: { id: ITEM.id, key: ITEM.key, type: 'Story' }, project: { id: '10000', key: 'ABC', type: 'software' } },
      },
    };
    const result = await handler(event, { principal: { accountId: CAST[who].accountId }, installContext: 'ari:cloud:jira::site/4f7b2c1e' });
    userRequests.push(...asUser.requests.map((r) => ({ ...r, as: who })));
    return result as Envelope<PanelData>;
  }

  return {
    store,
    clock,
    asApp,
    userRequests,
    call,
    callWith,
    /** Changes the item as Jira answers it from now on (its work type, fields). */
    setIssue: (changed: unknown) => {
      currentIssue = changed;
    },
    /** Changes a person's groups from now on (a membership change in Jira). */
    setGroups: (who: Who, groups: string[]) => {
      groupsNow.set(
        CAST[who].accountId,
        Object.values(GROUPS).filter((g) => groups.includes(g.name)),
      );
    },
    /** The next answers to requests for `path` (before the site's own). */
    queue: (path: string, ...responses: JiraResponse[]) => queued.set(path, [...(queued.get(path) ?? []), ...responses]),
    records: async () => (await store.get(recordsKey(ITEM.id))) as ItemRecords | undefined,
    /** The item's issue properties as the app last wrote them. */
    property: (key: string) => properties.get(key),
    audit: async () => (await store.get(`audit:${ITEM.id}`)) as { entries: Array<Record<string, unknown>> } | undefined,
  };
}
export type FakeSite = ReturnType<typeof fakeSite>;

/** The data of a successful answer, or a failure that names the error. */
export function dataOf(result: Envelope<PanelData>): PanelData {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

export function criterionOf(data: PanelData, gateId: string, criterionId: string) {
  const found = data.gates.find((g) => g.id === gateId)?.criteria.find((c) => c.id === criterionId);
  if (!found) throw new Error(`no criterion ${gateId}/${criterionId} in the panel`);
  return found;
}
