import type { SendReindex } from '../../../src/ports/reindex-queue';
/**
 * A small Jira site for the configuration resolvers' tests: project ABC (and XYZ), three people
 * (Alex: project and Jira admin; Pat: admin of ABC only; Emma: neither), Jira's fields, link
 * types, roles and groups answered as the platform v3 spec shapes them, and one work item
 * ABC-5 with no fix version. Every request is recorded per client.
 */
import { memoryStore } from '../../../src/adapters/memory-store';
import { configResolvers } from '../../../src/config/config-resolvers';
import type { Envelope } from '../../../src/resolvers/envelope';
import type { JiraRequest, JiraResponse } from '../../../src/ports/jira-client';
import { issue, SITE } from '../../support/builders';
import { fakeClock, jiraResponse, recordingJira, type RecordingJira } from '../../support/fakes';

export const RETRY = { attempts: 2, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 10 };
export const CONFIG_CAST = {
  alex: { accountId: '5b10a2844c20165700ede21g', projectAdmin: ['ABC', 'XYZ'], jiraAdmin: true, browse: true },
  pat: { accountId: '5b10ac8d82e05b22cc7d4ef5', projectAdmin: ['ABC'], jiraAdmin: false, browse: true },
  emma: { accountId: '712020:5f0c3a7e-8b1d-4c2e-9f6a-1d2b3c4e5f60', projectAdmin: [], jiraAdmin: false, browse: true },
  olga: { accountId: '5f9e8d7c6b5a4f3e2d1c0b9a', projectAdmin: ['ABC'], jiraAdmin: false, browse: false },
} as const;
export type ConfigWho = keyof typeof CONFIG_CAST;

const permission = (key: string, have: boolean) => ({ id: '1', key, name: key, type: 'PROJECT', description: key, havePermission: have });
const PROJECTS = ['ABC', 'XYZ'];
/** Project ids, for the team-managed rule screen's `scopedProjectId`. */
export const PROJECT_IDS: Readonly<Record<string, string>> = { ABC: '10000', XYZ: '10001' };
const keyOfProject = (ref: string) => Object.entries(PROJECT_IDS).find(([, id]) => id === ref)?.[0] ?? ref;

/** The app's validator rules Jira lists (`GET /rest/api/3/workflow/rule/config`), by query: none unless a test says. */
export type RuleConfigAnswer = (query: Record<string, string>) => JiraResponse;
const NO_RULES: RuleConfigAnswer = () => jiraResponse(200, { isLast: true, maxResults: 50, startAt: 0, total: 0, values: [] });

const FIELDS = [
  {
    id: 'fixVersions',
    key: 'fixVersions',
    name: 'Fix versions',
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['fixVersion'],
  },
  {
    id: 'description',
    key: 'description',
    name: 'Description',
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['description'],
  },
  {
    id: 'customfield_10016',
    key: 'customfield_10016',
    name: 'Story point estimate',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10016]'],
  },
];
const LINK_TYPES = {
  issueLinkTypes: [{ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: `${SITE}/rest/api/3/issueLinkType/10000` }],
};
const ROLES = {
  Administrators: `${SITE}/rest/api/3/project/10000/role/10002`,
  'atlassian-addons-project-access': `${SITE}/rest/api/3/project/10000/role/10003`,
  QA: `${SITE}/rest/api/3/project/10000/role/10101`,
};
const GROUPS = ['jira-software-users', 'qa', 'release-managers'];
const workType = (id: string, name: string) => ({ self: `${SITE}/rest/api/3/issuetype/${id}`, id, name, subtask: false, hierarchyLevel: 0 });
// Two Stories: the site's own and a team-managed project's.
const WORK_TYPES = [workType('10001', 'Story'), workType('10004', 'Bug'), workType('10000', 'Epic'), workType('10020', 'Story')];
const personOf = ([name, p]: [string, (typeof CONFIG_CAST)[ConfigWho]]) => ({
  self: `${SITE}/rest/api/3/user?accountId=${p.accountId}`,
  accountId: p.accountId,
  accountType: 'atlassian',
  displayName: name[0]!.toUpperCase() + name.slice(1),
  active: true,
  avatarUrls: {},
});

function answer(
  request: JiraRequest,
  who: (typeof CONFIG_CAST)[ConfigWho] | undefined,
  items: Record<string, unknown>,
  ruleConfigs: RuleConfigAnswer,
): JiraResponse {
  const { path, query = {} } = request;
  if (path === '/rest/api/3/workflow/rule/config') {
    if (who) return jiraResponse(403, { errorMessages: ['Only Connect and Forge apps can use this operation.'], errors: {} });
    return ruleConfigs(query);
  }
  const projectRef = /^\/rest\/api\/3\/project\/(\w+)$/.exec(path)?.[1];
  if (projectRef !== undefined) {
    const key = keyOfProject(projectRef);
    if (!PROJECTS.includes(key)) return jiraResponse(404, { errorMessages: [`No project could be found with key '${projectRef}'.`], errors: {} });
    return jiraResponse(200, {
      self: `${SITE}/rest/api/3/project/${PROJECT_IDS[key]}`,
      id: PROJECT_IDS[key],
      key,
      name: `Project ${key}`,
      simplified: true,
      style: 'next-gen',
      issueTypes: WORK_TYPES.filter((t) => t.name !== 'Epic'),
    });
  }
  if (path === '/rest/api/3/mypermissions') {
    if (!who) return jiraResponse(401, { errorMessages: ['Client must be authenticated'] });
    const projectKey =
      (query['projectId'] === undefined ? undefined : keyOfProject(query['projectId'])) ??
      query['projectKey'] ??
      (query['issueKey'] ? query['issueKey'].split('-')[0] : undefined);
    if (projectKey !== undefined && !PROJECTS.includes(projectKey))
      return jiraResponse(404, { errorMessages: [`No project could be found with key '${projectKey}'.`], errors: {} });
    if (query['issueKey'] !== undefined && !(query['issueKey'] in items))
      return jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    const has = (key: string) =>
      key === 'ADMINISTER'
        ? who.jiraAdmin
        : key === 'ADMINISTER_PROJECTS'
          ? projectKey !== undefined && (who.projectAdmin as readonly string[]).includes(projectKey)
          : key === 'BROWSE_PROJECTS'
            ? who.browse
            : false;
    return jiraResponse(200, { permissions: Object.fromEntries((query['permissions'] ?? '').split(',').map((k) => [k, permission(k, has(k))])) });
  }
  if (path === '/rest/api/3/user/bulk') {
    const ids = request.repeatedQuery?.['accountId'] ?? [];
    const values = (Object.entries(CONFIG_CAST) as Array<[ConfigWho, (typeof CONFIG_CAST)[ConfigWho]]>)
      .filter(([, p]) => ids.includes(p.accountId))
      .map(personOf);
    return jiraResponse(200, { self: `${SITE}/rest/api/3/user/bulk`, maxResults: ids.length, startAt: 0, total: values.length, isLast: true, values });
  }
  if (path === '/rest/api/3/user/search') {
    const people = (Object.entries(CONFIG_CAST) as Array<[ConfigWho, (typeof CONFIG_CAST)[ConfigWho]]>).map(personOf);
    const app = {
      self: `${SITE}/rest/api/3/user?accountId=app`,
      accountId: '557058:app',
      accountType: 'app',
      displayName: 'Automation for Jira',
      active: true,
    };
    return jiraResponse(
      200,
      [...people, app].filter((p) => p.displayName.toLowerCase().startsWith((query['query'] ?? '').toLowerCase())),
    );
  }
  if (path === '/rest/api/3/issuetype') return jiraResponse(200, WORK_TYPES);
  if (path === '/rest/api/3/field') return jiraResponse(200, FIELDS);
  if (path === '/rest/api/3/issueLinkType') return jiraResponse(200, LINK_TYPES);
  if (/^\/rest\/api\/3\/project\/[A-Z]+\/role$/.test(path)) return jiraResponse(200, ROLES);
  if (path === '/rest/api/3/groups/picker') {
    const groups = GROUPS.filter((g) => g.includes((query['query'] ?? '').toLowerCase())).map((name) => ({
      name,
      groupId: `id-${name}`,
      html: name,
      labels: [],
    }));
    return jiraResponse(200, { header: `Showing ${groups.length} of ${groups.length} matching groups`, total: groups.length, groups });
  }
  const key = /^\/rest\/api\/3\/issue\/([A-Z]+-\d+)$/.exec(path)?.[1];
  if (key && items[key]) return jiraResponse(200, items[key]);
  return jiraResponse(404, { errorMessages: [`No such resource ${path}`], errors: {} });
}

export function configSite(initial: Record<string, unknown> = {}, ruleConfigs: RuleConfigAnswer = NO_RULES, ports: { sendReindex?: SendReindex } = {}) {
  const store = memoryStore(initial);
  const clock = fakeClock();
  const items: Record<string, unknown> = { 'ABC-5': issue({ key: 'ABC-5' }), 'XYZ-1': issue({ key: 'XYZ-1' }) };
  const asApp: RecordingJira = recordingJira((r) => answer(r, undefined, items, ruleConfigs));
  const userRequests: JiraRequest[] = [];
  const writes: string[] = [];
  const originalSet = store.set.bind(store);
  store.set = async (key, value) => {
    writes.push(key);
    await originalSet(key, value);
  };

  async function call<T = unknown>(resolver: string, who: ConfigWho, payload: unknown = {}, context?: Record<string, unknown>): Promise<Envelope<T>> {
    const asUser = recordingJira((r) => answer(r, CONFIG_CAST[who], items, ruleConfigs));
    const handler = configResolvers({ jiraAsApp: asApp, jiraAsUser: asUser, store, clock, retry: RETRY, ...ports });
    const event = {
      call: { functionKey: resolver, payload },
      context: context ?? { extension: { type: 'jira:projectSettingsPage', project: { id: '10000', key: 'ABC', type: 'software' } } },
    };
    const result = await handler(event, { principal: { accountId: CONFIG_CAST[who].accountId }, installContext: 'ari:cloud:jira::site/4f7b2c1e' });
    userRequests.push(...asUser.requests);
    return result as Envelope<T>;
  }

  return { store, clock, asApp, userRequests, writes, items, call };
}

export function dataOf<T>(result: Envelope<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
