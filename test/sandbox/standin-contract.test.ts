/**
 * Every operation the stand-in serves is called (as people and as the app, with successes and
 * errors) and each call must conform to Atlassian's OpenAPI specs: the path, method and query
 * parameters exist (checkCall), the body validates against the declared response schema for its
 * status (validateResponse), Jira errors are ErrorCollections, and the free-form parts of
 * IssueBean.fields validate against the spec's component schemas (test/support/jira-shape-checks.ts),
 * with the seed's own custom fields held to their types (SEED_FIELDS).
 */
import { checkCall, findOperation, loadSpec, validateAgainstSchema, validateResponse, type SpecName } from '../support/openapi-contract';
import { STANDIN_OPERATIONS } from '../../sandbox/standin/standin-server';
import { DEMO_USERS, APP_ACCOUNT, PRIYA } from '../../sandbox/standin/demo-users';
import { SEED_CONFLUENCE, SEED_ISSUES } from '../../sandbox/standin/seed';
import { HISTORY_ITEMS, historyItem } from '../../sandbox/standin/seed-history-issues';
import { doc, paragraph } from '../../sandbox/standin/adf';
import { startStandIn, removeDir, type Answer, type As, type Harness } from './standin-harness';
import { asList, asRecord, issueBeanProblems, schemaProblems, type FieldExpectations } from '../support/jira-shape-checks';
import { dirname } from 'node:path';

type Query = Record<string, string | string[]>;
interface Call {
  as: As;
  method: string;
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
}

let h: Harness;
/** `METHOD template` of each operation answered with a conforming 2xx. */
const exercised = new Set<string>();
const PEOPLE: As[] = ['emma', 'quinn', 'priya', 'alex', 'victor'];
const EVERYONE: As[] = [...PEOPLE, 'app'];
const ALL_ISSUES = Object.values(SEED_ISSUES);
const CONFLUENCE_BASE = '/wiki/api/v2';
/** The seed's custom fields (sandbox/standin/seed-config.ts): story points, release notes, risk level. */
const SEED_FIELDS: FieldExpectations = { numberFields: ['customfield_10016'], adfFields: ['customfield_10020'], optionFields: ['customfield_10030'] };

beforeAll(async () => {
  h = await startStandIn();
});
afterAll(async () => {
  await h.close();
  removeDir(dirname(h.dataFile));
});

const specOf = (path: string): SpecName => (path.startsWith(CONFLUENCE_BASE) ? 'confluence' : 'jira');

/** Problems of one call against the specs; [] when it conforms. */
function contractProblems(call: Call, answer: Answer): string[] {
  const spec = specOf(call.path);
  const problems: string[] = [];
  if (answer.status !== call.status) problems.push(`status ${answer.status}, expected ${call.status}: ${JSON.stringify(answer.body)}`);
  const checked = checkCall(spec, { method: call.method, path: call.path, ...(call.query ? { query: call.query } : {}) });
  if (!checked.ok) return [...problems, ...checked.problems];
  const validated = validateResponse(spec, call.method, checked.template, answer.status, answer.body);
  if (!validated.ok) problems.push(...validated.errors.map((e) => `response ${answer.status}: ${e}`));
  if (answer.status >= 400 && spec === 'jira') {
    problems.push(...schemaProblems('jira', 'ErrorCollection', answer.body, 'error body'));
    const body = asRecord(answer.body);
    if (!Array.isArray(body.errorMessages) || typeof body.errors !== 'object') problems.push('error body lacks errorMessages/errors');
  }
  if (answer.status >= 400 && spec === 'confluence') {
    const first = asRecord(asList(asRecord(answer.body).errors)[0]);
    if (first.status !== answer.status || typeof first.code !== 'string') problems.push(`Confluence error body ${JSON.stringify(answer.body)}`);
  }
  if (problems.length === 0 && answer.status < 300) {
    exercised.add(`${call.method} ${spec === 'confluence' ? CONFLUENCE_BASE : ''}${checked.template}`);
  }
  return problems;
}

async function conforming(call: Call): Promise<Answer> {
  const answer = await h.call(call.as, call.method, call.path, {
    ...(call.query ? { query: call.query } : {}),
    ...(call.body === undefined ? {} : { body: call.body }),
    ...(call.headers ? { headers: call.headers } : {}),
  });
  expect({ call: `${String(call.as)} ${call.method} ${call.path}`, problems: contractProblems(call, answer) }).toEqual({
    call: expect.any(String),
    problems: [],
  });
  return answer;
}

describe('stand-in contract: work items', () => {
  it.each(ALL_ISSUES.flatMap((issue) => (['emma', 'victor', 'app'] as const).map((as) => [issue.key, as] as const)))(
    'GET %s with fields=*all&expand=names as %s is an IssueBean whose fields match the spec',
    async (key, as) => {
      const answer = await conforming({ as, method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: '*all', expand: 'names' }, status: 200 });
      const bean = asRecord(answer.body);
      expect(bean.key).toBe(key);
      expect(bean.self).toBe(`${h.baseUrl}/rest/api/3/issue/${String(bean.id)}`);
      expect(issueBeanProblems(bean, true, SEED_FIELDS)).toEqual([]);
    },
  );

  it.each<[string, Query]>([
    ['no query (all fields)', {}],
    ['navigable fields and properties', { fields: '*navigable', properties: '*all' }],
    ['a field list, repeated and with exclusions', { fields: ['summary,status,-status', 'subtasks,issuelinks,parent'], expand: 'names,renderedFields' }],
    ['what the validator asks for', { fields: 'issuetype,fixVersions,description,subtasks,issuelinks,labels', expand: 'names' }],
  ])('GET an item with %s conforms', async (_label, query) => {
    for (const { key } of [SEED_ISSUES.promoCodes, SEED_ISSUES.promoCodesWeb]) {
      const answer = await conforming({ as: 'alex', method: 'GET', path: `/rest/api/3/issue/${key}`, query, status: 200 });
      expect(issueBeanProblems(answer.body, query.expand !== undefined, SEED_FIELDS)).toEqual([]);
    }
  });

  it('bulk-fetches work items, leaving out those that do not exist; refuses an empty list', async () => {
    const body = { issueIdsOrKeys: ['ABC-2', 'ABC-999', 'ABC-7'], fields: ['summary', 'status'] };
    const answer = asRecord((await conforming({ as: 'emma', method: 'POST', path: '/rest/api/3/issue/bulkfetch', body, status: 200 })).body);
    expect(asList(answer.issues).map((i) => asRecord(i).key)).toEqual(['ABC-2', 'ABC-7']);
    for (const issue of asList(answer.issues)) expect(issueBeanProblems(issue, false, SEED_FIELDS)).toEqual([]);
    await conforming({ as: 'emma', method: 'POST', path: '/rest/api/3/issue/bulkfetch', body: { issueIdsOrKeys: [] }, status: 400 });
  });

  it("answers a work item that does not exist with Jira's 404", async () => {
    const answer = await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/issue/ABC-999', status: 404 });
    expect(answer.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });

  it.each(ALL_ISSUES.map((i) => i.key))('lists the transitions of %s as Transitions', async (key) => {
    for (const as of ['emma', 'app', 'victor'] as const) {
      await conforming({ as, method: 'GET', path: `/rest/api/3/issue/${key}/transitions`, status: 200 });
    }
  });

  it('searches with JQL, page by page, as an issue list that conforms', async () => {
    const keys: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const query: Query = {
        jql: 'project = ABC ORDER BY key',
        fields: '*all',
        expand: 'names',
        maxResults: '50',
        ...(nextPageToken ? { nextPageToken } : {}),
      };
      const page = asRecord((await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/search/jql', query, status: 200 })).body);
      for (const issue of asList(page.issues)) {
        expect(issueBeanProblems(issue, false, SEED_FIELDS)).toEqual([]);
        keys.push(String(asRecord(issue).key));
      }
      nextPageToken = page.nextPageToken as string | undefined;
      expect(page.isLast).toBe(nextPageToken === undefined);
    } while (nextPageToken);
    const history = Array.from({ length: HISTORY_ITEMS }, (_, i) => historyItem(i + 1).key);
    expect(keys).toEqual([...ALL_ISSUES.map((i) => i.key), ...history].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))));
  });

  it.each<[string, Query, number]>([
    ['sub-tasks by parent', { jql: 'parent = ABC-3', fields: 'summary,status' }, 200],
    ['ids only (the default fields)', { jql: 'project = ABC AND status = "In Progress"' }, 200],
    ['a JQL error', { jql: 'project = ABC OR labels = x' }, 400],
    ['an unknown project', { jql: 'project = NOPE' }, 400],
    ['an unbounded query', { jql: 'ORDER BY key' }, 400],
  ])('search: %s', async (_label, query, status) => {
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/search/jql', query, status });
  });
});

describe('stand-in contract: people, permissions, project, metadata', () => {
  it.each(EVERYONE)('GET /myself as %s is a User', async (as) => {
    const answer = await conforming({ as, method: 'GET', path: '/rest/api/3/myself', status: 200 });
    expect(asRecord(answer.body).accountType).toBe(as === 'app' ? 'app' : 'atlassian');
    await conforming({ as, method: 'GET', path: '/rest/api/3/myself', query: { expand: 'groups' }, status: 200 });
  });

  it.each(DEMO_USERS.map((u) => [u.displayName, u.accountId]))('GET /user and /user/groups for %s conform', async (_name, accountId) => {
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/user', query: { accountId }, status: 200 });
    const groups = await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/user/groups', query: { accountId }, status: 200 });
    expect(asList(groups.body).length).toBeGreaterThan(0);
  });

  it('GET /user/bulk pages through people, leaving out unknown ones', async () => {
    const accountId = [...DEMO_USERS.map((u) => u.accountId), APP_ACCOUNT.accountId, 'unknown-account'];
    const first = asRecord(
      (await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/user/bulk', query: { accountId, maxResults: '4' }, status: 200 })).body,
    );
    expect(first).toMatchObject({ total: 6, isLast: false, startAt: 0, maxResults: 4 });
    const second = asRecord(
      (await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/user/bulk', query: { accountId, maxResults: '4', startAt: '4' }, status: 200 })).body,
    );
    expect(second).toMatchObject({ total: 6, isLast: true });
    expect(asList(second.values)).toHaveLength(2);
  });

  it('answers unknown or missing people with errors that conform', async () => {
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/user', query: { accountId: 'nobody-here' }, status: 404 });
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/user/groups', query: { accountId: 'nobody-here' }, status: 404 });
  });

  const PERMISSION_KEYS = 'BROWSE_PROJECTS,EDIT_ISSUES,TRANSITION_ISSUES,ADMINISTER_PROJECTS,ADMINISTER';
  it.each(EVERYONE)('GET /mypermissions as %s follows the demo rights', async (as) => {
    const answer = await conforming({
      as,
      method: 'GET',
      path: '/rest/api/3/mypermissions',
      query: { projectKey: 'ABC', permissions: PERMISSION_KEYS },
      status: 200,
    });
    const have = Object.fromEntries(Object.entries(asRecord(asRecord(answer.body).permissions)).map(([key, p]) => [key, asRecord(p).havePermission]));
    const user = DEMO_USERS.find((u) => u.emailAddress.startsWith(`${String(as)}@`));
    const rights = user?.rights ?? { browse: true, edit: true, transition: true, administerProject: true, jiraAdmin: false };
    expect(have).toEqual({
      BROWSE_PROJECTS: rights.browse,
      EDIT_ISSUES: rights.edit,
      TRANSITION_ISSUES: rights.transition,
      ADMINISTER_PROJECTS: rights.administerProject,
      ADMINISTER: rights.jiraAdmin,
    });
    await conforming({ as, method: 'GET', path: '/rest/api/3/mypermissions', query: { issueKey: 'ABC-2', permissions: 'EDIT_ISSUES' }, status: 200 });
  });

  it.each<[string, Query, number]>([
    ['no permissions', { projectKey: 'ABC' }, 400],
    ['an unknown permission', { permissions: 'FLY' }, 400],
    ['an unknown project', { projectKey: 'NOPE', permissions: 'EDIT_ISSUES' }, 404],
  ])('GET /mypermissions with %s is an ErrorCollection', async (_label, query, status) => {
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/mypermissions', query, status });
  });

  it("GET the project by key and id, its roles and each role's actors", async () => {
    for (const ref of ['ABC', '10000']) await conforming({ as: 'priya', method: 'GET', path: `/rest/api/3/project/${ref}`, status: 200 });
    const roles = asRecord((await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/project/ABC/role', status: 200 })).body);
    const actors: Record<string, string[]> = {};
    for (const [name, url] of Object.entries(roles)) {
      const id = String(url).split('/').pop() ?? '';
      const role = asRecord((await conforming({ as: 'app', method: 'GET', path: `/rest/api/3/project/ABC/role/${id}`, status: 200 })).body);
      actors[name] = asList(role.actors).map((actor) => String(asRecord(asRecord(actor).actorUser).accountId));
    }
    for (const user of DEMO_USERS) for (const role of user.projectRoles) expect(actors[role]).toContain(user.accountId);
    expect(actors['atlassian-addons-project-access']).toEqual([APP_ACCOUNT.accountId]);
    await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/project/NOPE', status: 404 });
    await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/project/ABC/role/1', status: 404 });
  });

  it('GET project/search lists the projects whose key or name match, as a PageBeanProject', async () => {
    const found = asRecord(
      (
        await conforming({
          as: 'emma',
          method: 'GET',
          path: '/rest/api/3/project/search',
          query: { query: 'check', maxResults: '20', action: 'browse' },
          status: 200,
        })
      ).body,
    );
    expect(asList(found.values).map((p) => asRecord(p).key)).toEqual(['ABC']);
    const all = asRecord((await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/project/search', status: 200 })).body);
    expect(asList(all.values).length).toBeGreaterThan(1);
  });

  it('GET user/search finds people by the start of a name; no query is a 400', async () => {
    const found = asList(
      (await conforming({ as: 'alex', method: 'GET', path: '/rest/api/3/user/search', query: { query: 'qui', maxResults: '20' }, status: 200 })).body,
    );
    expect(found.map((u) => asRecord(u).displayName)).toEqual(['Quinn QA']);
    await conforming({ as: 'alex', method: 'GET', path: '/rest/api/3/user/search', status: 400 });
  });

  it('GET fields, link types, work types and server info', async () => {
    const fields = asList((await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/field', status: 200 })).body);
    expect(fields.map((f) => asRecord(f).id)).toEqual(expect.arrayContaining(['fixVersions', 'customfield_10016', 'customfield_10020', 'customfield_10030']));
    const types = asRecord((await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/issueLinkType', status: 200 })).body);
    expect(asList(types.issueLinkTypes).map((t) => asRecord(t).name)).toEqual(['Blocks', 'Duplicate', 'Relates']);
    await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/serverInfo', status: 200 });
    const workTypes = asList((await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/issuetype', status: 200 })).body);
    expect(workTypes.map((t) => asRecord(t).name)).toEqual(expect.arrayContaining(['Story', 'Bug']));
  });

  it('GET groups/picker finds groups by part of their name', async () => {
    const found = asRecord(
      (await conforming({ as: 'alex', method: 'GET', path: '/rest/api/3/groups/picker', query: { query: 'QA', maxResults: '20' }, status: 200 })).body,
    );
    expect(asList(found.groups).map((g) => asRecord(g).name)).toEqual(['qa']);
    const all = asRecord((await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/groups/picker', status: 200 })).body);
    expect(all.total).toBeGreaterThan(1);
  });

  it('answers missing or wrong credentials with 401', async () => {
    await conforming({ as: 'nobody', method: 'GET', path: '/rest/api/3/myself', status: 401 });
    await conforming({ as: { authorization: 'Basic ZW1tYUBleGFtcGxlLmNvbTp3cm9uZw==' }, method: 'GET', path: '/rest/api/3/issue/ABC-1', status: 401 });
    await conforming({ as: 'nobody', method: 'GET', path: `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.specPageId}`, status: 401 });
  });
});

describe('stand-in contract: writes', () => {
  const issuePath = `/rest/api/3/issue/${SEED_ISSUES.funnelEvents.key}`;

  it('edits a work item (204, or 200 with returnIssue) and refuses a viewer (403) and bad values (400)', async () => {
    await conforming({
      as: 'emma',
      method: 'PUT',
      path: issuePath,
      body: { fields: { summary: 'Add checkout funnel events to the tracking plan' } },
      status: 204,
    });
    const returned = await conforming({
      as: 'app',
      method: 'PUT',
      path: issuePath,
      query: { returnIssue: 'true', expand: 'names' },
      body: { update: { labels: [{ add: 'tracking' }] } },
      status: 200,
    });
    expect(schemaProblems('jira', 'IssueBean', returned.body, 'returned issue')).toEqual([]);
    expect(issueBeanProblems(returned.body, true, SEED_FIELDS)).toEqual([]);
    await conforming({ as: 'victor', method: 'PUT', path: issuePath, body: { fields: { summary: 'x' } }, status: 403 });
    await conforming({ as: 'emma', method: 'PUT', path: issuePath, body: { fields: { customfield_10016: 'three' } }, status: 400 });
    await conforming({ as: 'emma', method: 'PUT', path: '/rest/api/3/issue/ABC-404', body: { fields: { summary: 'x' } }, status: 404 });
  });

  it('creates a Bug as the person (201, CreatedIssue), links it to the item (201), and refuses what Jira refuses', async () => {
    const bug = {
      fields: { project: { key: 'ABC' }, issuetype: { name: 'Bug' }, summary: 'ABC-3 failed QA: cards', description: doc(paragraph('Seen on staging')) },
    };
    expect(validateAgainstSchema('jira', 'IssueUpdateDetails', bug)).toEqual({ ok: true });
    const created = await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issue', body: bug, status: 201 });
    const key = String(asRecord(created.body).key);
    const read = await conforming({
      as: 'quinn',
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'reporter,issuetype,status' },
      status: 200,
    });
    expect(asRecord(asRecord(asRecord(read.body).fields).reporter).accountId).toBe(DEMO_USERS.find((u) => u.persona.toLowerCase().includes('qa'))?.accountId);
    const link = { type: { name: 'Blocks' }, inwardIssue: { key }, outwardIssue: { key: SEED_ISSUES.funnelEvents.key } };
    expect(validateAgainstSchema('jira', 'LinkIssueRequestJsonBean', link)).toEqual({ ok: true });
    await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issueLink', body: link, status: 201 });
    const linked = await conforming({ as: 'quinn', method: 'GET', path: issuePath, query: { fields: 'issuelinks' }, status: 200 });
    expect(JSON.stringify(asRecord(asRecord(linked.body).fields).issuelinks)).toContain(key);
    await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issue', body: { fields: { ...bug.fields, summary: '' } }, status: 400 });
    await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issue', body: { fields: { ...bug.fields, issuetype: { name: 'Saga' } } }, status: 400 });
    await conforming({ as: 'victor', method: 'POST', path: '/rest/api/3/issue', body: bug, status: 403 });
    await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issueLink', body: { ...link, type: { name: 'Causes' } }, status: 404 });
  });

  it('adds files as the person (multipart, no-check token), lists them on the item, serves their bytes, and refuses what Jira refuses', async () => {
    const path = `/rest/api/3/issue/${SEED_ISSUES.funnelEvents.key}/attachments`;
    const form = (name: string, bytes: Uint8Array<ArrayBuffer>, type = 'image/png') => {
      const body = new FormData();
      body.append('file', new Blob([bytes], { type }), name);
      return body;
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const noCheck = { 'X-Atlassian-Token': 'no-check' };
    const added = await conforming({ as: 'quinn', method: 'POST', path, body: form('staging.png', png), headers: noCheck, status: 200 });
    const [file] = asList(added.body).map(asRecord);
    expect(file).toMatchObject({ filename: 'staging.png', size: 7, mimeType: 'image/png' });
    expect(asRecord(file?.author).accountId).toBe(DEMO_USERS.find((u) => u.persona.toLowerCase().includes('qa'))?.accountId);
    const read = await conforming({
      as: 'app',
      method: 'GET',
      path: `/rest/api/3/issue/${SEED_ISSUES.funnelEvents.key}`,
      query: { fields: 'attachment' },
      status: 200,
    });
    const listed = asList(asRecord(asRecord(read.body).fields).attachment).map(asRecord);
    expect(listed.map((a) => a.id)).toContain(file?.id);
    for (const a of listed) expect(schemaProblems('jira', 'Attachment', a, 'attachment')).toEqual([]);
    const content = await conforming({ as: 'emma', method: 'GET', path: `/rest/api/3/attachment/content/${String(file?.id)}`, status: 200 });
    expect(content.headers.get('content-type')).toBe('image/png');
    await conforming({ as: 'quinn', method: 'POST', path, body: form('x.png', png), status: 403 });
    await conforming({ as: 'victor', method: 'POST', path, body: form('x.png', png), headers: noCheck, status: 403 });
    await conforming({ as: 'quinn', method: 'POST', path, body: form('big.bin', new Uint8Array(10 * 1024 * 1024 + 1)), headers: noCheck, status: 413 });
    await conforming({ as: 'quinn', method: 'POST', path: '/rest/api/3/issue/ABC-404/attachments', body: form('x.png', png), headers: noCheck, status: 404 });
    await conforming({ as: 'emma', method: 'GET', path: '/rest/api/3/attachment/content/99999', status: 404 });
  });

  it('stores, lists, reads and deletes issue properties', async () => {
    const path = `${issuePath}/properties/shipshape.note`;
    await conforming({ as: 'app', method: 'PUT', path, body: { seen: true }, status: 201 });
    await conforming({ as: 'app', method: 'PUT', path, body: { seen: false }, status: 200 });
    const read = await conforming({ as: 'emma', method: 'GET', path, status: 200 });
    expect(read.body).toEqual({ key: 'shipshape.note', value: { seen: false } });
    const keys = await conforming({ as: 'emma', method: 'GET', path: `${issuePath}/properties`, status: 200 });
    expect(asList(asRecord(keys.body).keys).map((k) => asRecord(k).key)).toEqual(['shipshape.note']);
    await conforming({ as: 'victor', method: 'PUT', path, body: 1, status: 403 });
    await conforming({ as: 'app', method: 'DELETE', path, status: 204 });
    await conforming({ as: 'app', method: 'GET', path, status: 404 });
  });

  it('transitions a work item (204) and answers bad transitions with 400', async () => {
    await conforming({ as: 'emma', method: 'POST', path: `${issuePath}/transitions`, body: { transition: { id: '11' } }, status: 204 });
    await conforming({ as: 'emma', method: 'POST', path: `${issuePath}/transitions`, body: { transition: { id: '41' } }, status: 400 });
    await conforming({ as: 'emma', method: 'POST', path: `${issuePath}/transitions`, body: {}, status: 400 });
    await conforming({ as: 'victor', method: 'POST', path: `${issuePath}/transitions`, body: { transition: { id: '31' } }, status: 400 });
    await conforming({
      as: 'emma',
      method: 'POST',
      path: `${issuePath}/transitions`,
      body: { transition: { id: '31' }, fields: { description: 'plain text' } },
      status: 400,
    });
    await conforming({
      as: 'emma',
      method: 'POST',
      path: `${issuePath}/transitions`,
      body: { transition: { id: '31' }, fields: { description: doc(paragraph('Events listed.')) } },
      status: 204,
    });
  });
});

describe('stand-in contract: Confluence', () => {
  const pagePath = `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.specPageId}`;

  it('GET the spec page with its storage body, an older version, and without a body', async () => {
    const page = asRecord((await conforming({ as: 'priya', method: 'GET', path: pagePath, query: { 'body-format': 'storage' }, status: 200 })).body);
    expect(page.title).toBe('Checkout: saved cards — spec');
    expect(String(asRecord(asRecord(page.body).storage).value)).toContain('<ac:placeholder>');
    expect(schemaProblems('confluence', 'PageSingle', page, 'page')).toEqual([]);
    const first = asRecord(
      (await conforming({ as: 'app', method: 'GET', path: pagePath, query: { 'body-format': 'storage', version: '1' }, status: 200 })).body,
    );
    expect(asRecord(first.version).number).toBe(1);
    expect(String(asRecord(asRecord(first.body).storage).value)).not.toContain('Decisions');
    const bare = asRecord(
      (await conforming({ as: 'victor', method: 'GET', path: `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.homepageId}`, status: 200 })).body,
    );
    expect(bare.body).toEqual({});
  });

  it('GET pages by id answers the pages asked for, as PageBulk, in pages of `limit` with a next cursor', async () => {
    const ids = `${SEED_CONFLUENCE.specPageId},${SEED_CONFLUENCE.homepageId},99999`;
    const all = asRecord(
      (await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages`, query: { id: ids, limit: '250' }, status: 200 })).body,
    );
    const results = asList(all.results).map(asRecord);
    expect(results.map((p) => p.id).sort()).toEqual([SEED_CONFLUENCE.specPageId, SEED_CONFLUENCE.homepageId].sort());
    for (const page of results) expect(schemaProblems('confluence', 'PageBulk', page, 'page')).toEqual([]);
    const first = await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages`, query: { id: ids, limit: '1' }, status: 200 });
    const next = String(asRecord(asRecord(first.body)._links).next);
    expect(asList(asRecord(first.body).results)).toHaveLength(1);
    const rest = new URL(next, 'http://x').searchParams;
    const second = await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages`, query: Object.fromEntries(rest), status: 200 });
    expect(asList(asRecord(second.body).results)).toHaveLength(1);
    await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages`, query: { id: 'abc' }, status: 400 });
  });

  it('answers a page someone may not view as not found, and leaves it out of a list, as Confluence does', async () => {
    h.standIn.restrictPage(SEED_CONFLUENCE.decisionsPageId, [PRIYA.accountId]);
    try {
      const path = `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.decisionsPageId}`;
      await conforming({ as: 'emma', method: 'GET', path, status: 404 });
      await conforming({ as: 'priya', method: 'GET', path, status: 200 });
      const listed = await conforming({
        as: 'emma',
        method: 'GET',
        path: `${CONFLUENCE_BASE}/pages`,
        query: { id: SEED_CONFLUENCE.decisionsPageId },
        status: 200,
      });
      expect(asRecord(listed.body).results).toEqual([]);
    } finally {
      h.standIn.restrictPage(SEED_CONFLUENCE.decisionsPageId, undefined);
    }
  });

  it('GET the space, with its description and icon', async () => {
    const space = asRecord(
      (
        await conforming({
          as: 'emma',
          method: 'GET',
          path: `${CONFLUENCE_BASE}/spaces/${SEED_CONFLUENCE.spaceId}`,
          query: { 'description-format': 'plain', 'include-icon': 'true' },
          status: 200,
        })
      ).body,
    );
    expect(space).toMatchObject({ key: 'PROD', homepageId: SEED_CONFLUENCE.homepageId });
    expect(validateAgainstSchema('confluence', 'SpaceSingle', space)).toEqual({ ok: true });
  });

  it("PUT the spec page as a new version (the DACI macro's config is saved this way); a viewer cannot", async () => {
    const current = asRecord((await conforming({ as: 'priya', method: 'GET', path: pagePath, query: { 'body-format': 'storage' }, status: 200 })).body);
    const number = Number(asRecord(current.version).number);
    const update = (as: 'priya' | 'victor', next: number) => ({
      as,
      method: 'PUT',
      path: pagePath,
      status: as === 'victor' ? 404 : 200,
      body: {
        id: SEED_CONFLUENCE.specPageId,
        status: 'current',
        title: current.title,
        body: { representation: 'storage', value: '<p>Edited</p>' },
        version: { number: next, message: 'test' },
      },
    });
    const saved = asRecord((await conforming(update('priya', number + 1))).body);
    expect(asRecord(saved.version).number).toBe(number + 1);
    await conforming(update('victor', number + 2));
    expect((await h.call('priya', 'PUT', pagePath, { body: update('priya', number + 5).body })).status).toBe(409);
  });

  it("PUT a page as ADF that changes only this app's macro config (the Approver's mark-decided); any other change is refused", async () => {
    const path = `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.decisionsPageId}`;
    const page = asRecord((await conforming({ as: 'priya', method: 'GET', path, query: { 'body-format': 'atlas_doc_format' }, status: 200 })).body);
    const adf = JSON.parse(String(asRecord(asRecord(page.body).atlas_doc_format).value)) as {
      content: Array<{ type: string; attrs?: { parameters?: { guestParams?: Record<string, string> } } }>;
    };
    const macro = adf.content.find((n) => n.type === 'extension');
    const params = macro?.attrs?.parameters;
    if (!params?.guestParams) throw new Error('the seeded decisions page has no DACI table');
    params.guestParams = Object.fromEntries(
      Object.entries(params.guestParams).map(([k, v]) => [k, v.replace('"status":"not-started"', '"status":"in-progress"')]),
    );
    const number = Number(asRecord(page.version).number);
    const put = (doc: unknown, next: number, status: number) => ({
      as: 'priya' as const,
      method: 'PUT',
      path,
      status,
      body: {
        id: SEED_CONFLUENCE.decisionsPageId,
        status: 'current',
        title: page.title,
        body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
        version: { number: next },
      },
    });
    const notStarted = async () => {
      const stored = asRecord((await conforming({ as: 'priya', method: 'GET', path, query: { 'body-format': 'storage' }, status: 200 })).body);
      return String(asRecord(asRecord(stored.body).storage).value).split('&quot;status&quot;:&quot;not-started&quot;').length - 1;
    };
    const before = await notStarted();
    await conforming(put(adf, number + 1, 200));
    expect([before, await notStarted()]).toEqual([2, 1]);
    adf.content.unshift({ type: 'paragraph' });
    await conforming(put(adf, number + 2, 400));
  });

  it('GET the page as ADF: the text as paragraphs and the macros as extension nodes, Forge macros with their config', async () => {
    const page = asRecord(
      (await conforming({ as: 'app', method: 'GET', path: pagePath, query: { 'body-format': 'atlas_doc_format', version: '2' }, status: 200 })).body,
    );
    const adf = JSON.parse(String(asRecord(asRecord(page.body).atlas_doc_format).value)) as { type: string; content: Array<Record<string, unknown>> };
    expect(adf.type).toBe('doc');
    expect(adf.content.some((node) => node.type === 'paragraph')).toBe(true);
    expect(adf.content.filter((node) => node.type === 'extension').map((node) => asRecord(node.attrs).extensionKey)).toEqual(['jira']);
  });

  it('DELETE moves the page to the trash: it is then found only by status, and cannot be trashed twice', async () => {
    const trashPath = `${CONFLUENCE_BASE}/pages/${SEED_CONFLUENCE.homepageId}`;
    await conforming({ as: 'victor', method: 'DELETE', path: trashPath, status: 404 });
    await conforming({ as: 'priya', method: 'DELETE', path: trashPath, status: 204 });
    await conforming({ as: 'emma', method: 'GET', path: trashPath, status: 404 });
    expect(asRecord((await conforming({ as: 'emma', method: 'GET', path: trashPath, query: { status: 'trashed' }, status: 200 })).body).status).toBe('trashed');
    await conforming({ as: 'priya', method: 'DELETE', path: trashPath, status: 404 });
  });

  it('POST users-bulk answers names for known account ids', async () => {
    const accountIds = [...DEMO_USERS.map((u) => u.accountId), 'unknown-id'];
    const answer = asRecord((await conforming({ as: 'app', method: 'POST', path: `${CONFLUENCE_BASE}/users-bulk`, body: { accountIds }, status: 200 })).body);
    expect(asList(answer.results).map((u) => asRecord(u).displayName)).toEqual(DEMO_USERS.map((u) => u.displayName));
    await conforming({ as: 'app', method: 'POST', path: `${CONFLUENCE_BASE}/users-bulk`, body: { accountIds: [] }, status: 400 });
  });

  it("answers missing pages, versions, spaces and bad ids in Confluence's error shape", async () => {
    await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages/999`, status: 404 });
    await conforming({ as: 'emma', method: 'GET', path: pagePath, query: { version: '9' }, status: 404 });
    await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/spaces/1`, status: 404 });
    await conforming({ as: 'emma', method: 'GET', path: `${CONFLUENCE_BASE}/pages/abc`, status: 400 });
  });
});

describe("stand-in contract: the app's workflow rules", () => {
  const RULES = '/rest/api/3/workflow/rule/config';

  it("lists the app's validator rules with their transitions, page by page, to the app only", async () => {
    const first = asRecord(
      (await conforming({ as: 'app', method: 'GET', path: RULES, query: { types: 'validator', expand: 'transition', maxResults: '1' }, status: 200 })).body,
    );
    expect(first).toMatchObject({ isLast: true, startAt: 0, total: 1, values: [{ workflowId: { name: 'Checkout workflow', draft: false } }] });
    const validators = asList(asRecord(asList(first.values)[0]).validators).map(asRecord);
    expect(validators.map((v) => [v.transition, asRecord(v.configuration).value])).toEqual([
      [{ id: 21, name: 'Ready for QA' }, '{"gateId":"ready-for-qa"}'],
      [{ id: 31, name: 'Done' }, '{"gateId":"definition-of-done"}'],
    ]);
    await conforming({ as: 'app', method: 'GET', path: RULES, query: { types: ['validator', 'condition'], startAt: '1', draft: 'false' }, status: 200 });
    for (const as of PEOPLE) await conforming({ as, method: 'GET', path: RULES, query: { types: 'validator' }, status: 403 });
    // Without the required types (a request the spec itself rules out): Jira's 400.
    const untyped = await h.call('app', 'GET', RULES, {});
    expect(untyped).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('types')], errors: {} } });
    await conforming({ as: 'app', method: 'GET', path: RULES, query: { types: 'validator', maxResults: '51' }, status: 400 });
    await conforming({ as: 'app', method: 'GET', path: RULES, query: { types: 'trigger' }, status: 404 });
  });

  it('the team-managed project MOB names its own admins: Priya administers it, Emma does not', async () => {
    const held = async (as: As) => {
      const answer = await conforming({
        as,
        method: 'GET',
        path: '/rest/api/3/mypermissions',
        query: { projectId: '10001', permissions: 'ADMINISTER_PROJECTS,ADMINISTER' },
        status: 200,
      });
      const permissions = asRecord(asRecord(answer.body).permissions);
      return [asRecord(permissions.ADMINISTER_PROJECTS).havePermission, asRecord(permissions.ADMINISTER).havePermission];
    };
    expect(await held('priya')).toEqual([true, false]);
    expect(await held('emma')).toEqual([false, false]);
    expect(await held('alex')).toEqual([false, true]);
    const project = asRecord((await conforming({ as: 'app', method: 'GET', path: '/rest/api/3/project/10001', status: 200 })).body);
    expect(project).toMatchObject({ key: 'MOB', simplified: true, style: 'next-gen' });
  });
});

describe('stand-in contract: coverage', () => {
  it('serves only operations that exist in the specs', () => {
    for (const operation of STANDIN_OPERATIONS) {
      const [method = '', path = ''] = operation.split(' ');
      const spec = specOf(path);
      expect({ operation, found: findOperation(loadSpec(spec), method, path.replace(CONFLUENCE_BASE, '')) !== undefined }).toEqual({ operation, found: true });
    }
  });

  it('has called every operation it serves with a conforming success', () => {
    expect(STANDIN_OPERATIONS.filter((operation) => !exercised.has(operation))).toEqual([]);
  });

  it("answers paths it does not serve with 404 (or 405) in the product's error shape, and leaves other paths alone", async () => {
    const unknown = await h.call('emma', 'GET', '/rest/api/3/dashboard');
    expect(unknown.status).toBe(404);
    expect(validateAgainstSchema('jira', 'ErrorCollection', unknown.body)).toEqual({ ok: true });
    const wrongMethod = await h.call('emma', 'DELETE', '/rest/api/3/issue/ABC-1');
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET, PUT']);
    const confluence = await h.call('emma', 'GET', `${CONFLUENCE_BASE}/blogposts`);
    expect(confluence.status).toBe(404);
    expect((await h.call('emma', 'GET', '/rest/api/2/issue/ABC-1')).status).toBe(418);
    expect((await h.call('emma', 'GET', '/')).status).toBe(418);
  });

  it('would catch a link carrying both sides, a user with a made-up property, and a numeric status id', () => {
    const link = {
      id: '1',
      self: 'https://x.test/l/1',
      type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: 'https://x.test/t/1' },
      inwardIssue: { key: 'A-1' },
      outwardIssue: { key: 'A-2' },
    };
    expect(issueBeanProblems({ fields: { issuelinks: [link] } }, false)).toEqual([
      'fields.issuelinks[0]: needs exactly one of inwardIssue, outwardIssue (has 2)',
    ]);
    expect(issueBeanProblems({ fields: { assignee: { accountId: 'a', colour: 'red' } } }, false).length).toBeGreaterThan(0);
    expect(issueBeanProblems({ fields: { subtasks: [{ key: 'A-1', fields: { status: { id: 3 } } }] } }, false).length).toBeGreaterThan(0);
    expect(issueBeanProblems({ fields: { summary: 'x' }, names: {} }, true)).toEqual(['names lists  but fields are summary']);
  });

  it('would catch a seed custom field of the wrong type', () => {
    const fields = { customfield_10016: 'three', customfield_10020: 'notes', customfield_10030: { value: 'High' } };
    expect(issueBeanProblems({ fields }, false, SEED_FIELDS)).toEqual([
      'fields.customfield_10030: option id must be a string',
      'fields.customfield_10020: not an ADF document',
      'fields.customfield_10016: must be a number',
    ]);
  });
});
