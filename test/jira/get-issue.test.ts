import { getIssue } from '../../src/jira/get-issue';
import { jiraPath } from '../../src/jira/jira-path';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import type { RetryPolicy } from '../../src/jira/retry-policy';
import type { IssueRequest } from '../../src/domain/jira/issue-request';
import { fakeClock, jiraResponse, scriptedJira } from '../support/fakes';

const POLICY: RetryPolicy = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 1000, backoffMs: 300 };
const WANT: IssueRequest = { fields: ['issuetype', 'labels', 'subtasks'], properties: [], expand: [] };

const issueBean = {
  expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
  id: '10123',
  self: 'https://shipshape-test.atlassian.net/rest/api/3/issue/10123',
  key: 'ABC-123',
  fields: {
    issuetype: { id: '10001', name: 'Story', subtask: false },
    labels: ['backend'],
    subtasks: [],
  },
};

describe('getIssue', () => {
  it('asks for the listed fields only, joined by commas, with one GET', async () => {
    const jira = scriptedJira([jiraResponse(200, issueBean)]);
    const loaded = await getIssue(jira, fakeClock(), 'ABC-123', WANT, POLICY);
    expect(loaded).toEqual({ ok: true, issue: issueBean });
    expect(jira.requests).toHaveLength(1);
    const [request] = jira.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/rest/api/3/issue/ABC-123');
    expect(request!.query).toEqual({ fields: 'issuetype,labels,subtasks' });
    expect(request!.body).toBeUndefined();
  });

  it('adds properties and expand only when asked for', async () => {
    const jira = scriptedJira([jiraResponse(200, { ...issueBean, names: { labels: 'Labels' } })]);
    await getIssue(jira, fakeClock(), 'ABC-123', { fields: ['description'], properties: ['shipshape', 'other'], expand: ['names'] }, POLICY);
    expect(jira.requests[0]!.query).toEqual({ fields: 'description', properties: 'shipshape,other', expand: 'names' });
  });

  it('encodes the key into the path', async () => {
    const jira = scriptedJira([jiraResponse(404)]);
    await getIssue(jira, fakeClock(), 'A B/../x?y#z', WANT, POLICY);
    expect(jira.requests[0]!.path).toBe('/rest/api/3/issue/A%20B%2F..%2Fx%3Fy%23z');
  });

  it('maps 404 to ISSUE_NOT_FOUND without retrying', async () => {
    const jira = scriptedJira([jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} })]);
    const loaded = await getIssue(jira, fakeClock(), 'ABC-404', WANT, POLICY);
    expect(loaded).toEqual({ ok: false, code: 'ISSUE_NOT_FOUND', message: 'Work item ABC-404 was not found, or the app may not see it' });
    expect(jira.requests).toHaveLength(1);
  });

  it.each([401, 403])('maps %i to JIRA_FORBIDDEN', async (status) => {
    const jira = scriptedJira([jiraResponse(status)]);
    const loaded = await getIssue(jira, fakeClock(), 'ABC-1', WANT, POLICY);
    expect(loaded).toEqual({
      ok: false,
      code: 'JIRA_FORBIDDEN',
      message: `Jira refused the app access to ABC-1 (HTTP ${status}); check the app's project permissions`,
    });
    expect(jira.requests).toHaveLength(1);
  });

  it('maps 500 after every retry to JIRA_UNAVAILABLE', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(500), jiraResponse(500), jiraResponse(500)]);
    const loaded = await getIssue(jira, clock, 'ABC-1', WANT, POLICY);
    expect(loaded).toEqual({ ok: false, code: 'JIRA_UNAVAILABLE', message: 'Jira could not be asked about ABC-1 after 3 attempt(s): Jira answered 500' });
    expect(jira.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([300, 900]);
  });

  it('recovers when a retry succeeds', async () => {
    const jira = scriptedJira([jiraResponse(503), jiraResponse(200, issueBean)]);
    const loaded = await getIssue(jira, fakeClock(), 'ABC-123', WANT, POLICY);
    expect(loaded).toEqual({ ok: true, issue: issueBean });
  });

  it('maps another non-2xx answer to JIRA_BAD_ANSWER', async () => {
    const jira = scriptedJira([jiraResponse(400, { errorMessages: ['bad'], errors: {} })]);
    expect(await getIssue(jira, fakeClock(), 'ABC-1', WANT, POLICY)).toEqual({
      ok: false,
      code: 'JIRA_BAD_ANSWER',
      message: 'Jira answered HTTP 400 for ABC-1',
    });
  });

  it('maps a non-JSON 200 to JIRA_BAD_ANSWER', async () => {
    const jira = scriptedJira([jiraResponse(200, '<html>Atlassian maintenance</html>')]);
    expect(await getIssue(jira, fakeClock(), 'ABC-1', WANT, POLICY)).toEqual({
      ok: false,
      code: 'JIRA_BAD_ANSWER',
      message: "Jira's answer for ABC-1 is not a work item",
    });
  });

  it.each([
    ['no id', { key: 'ABC-1', fields: {} }],
    ['no fields', { id: '1', key: 'ABC-1' }],
    ['fields not an object', { id: '1', key: 'ABC-1', fields: [] }],
    ['numeric id', { id: 1, key: 'ABC-1', fields: {} }],
    ['empty body', undefined],
  ])('maps a 200 with %s to JIRA_BAD_ANSWER', async (_what, body) => {
    const jira = scriptedJira([jiraResponse(200, body)]);
    const loaded = await getIssue(jira, fakeClock(), 'ABC-1', WANT, POLICY);
    expect(loaded).toMatchObject({ ok: false, code: 'JIRA_BAD_ANSWER' });
  });
});

describe('jiraPath', () => {
  it('expands the getIssue template', () => {
    expect(JIRA_OPERATIONS.getIssue).toEqual({ method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', query: ['fields', 'properties', 'expand'] });
    expect(jiraPath('getIssue', { issueIdOrKey: '10123' })).toBe('/rest/api/3/issue/10123');
  });

  it('refuses a missing parameter', () => {
    expect(() => jiraPath('getIssue', {})).toThrow('jiraPath: missing path parameter "issueIdOrKey" for getIssue');
  });
});
