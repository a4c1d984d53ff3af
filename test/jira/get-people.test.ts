import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { getPeople, MAX_PEOPLE } from '../../src/jira/get-people';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };
const page = (ids: string[], isLast = true) =>
  jiraResponse(200, {
    maxResults: ids.length,
    startAt: 0,
    isLast,
    values: ids.map((accountId) => ({ accountId, displayName: `Name of ${accountId}`, active: true })),
  });

describe('getPeople (GET /rest/api/3/user/bulk)', () => {
  it('sends every accountId as a repeated parameter, once each, asking for as many results as ids', async () => {
    const urls: string[] = [];
    const fetch = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ isLast: true, values: [] }), { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const client = httpJiraClient({ baseUrl: 'https://example.atlassian.net', email: 'e', apiToken: 't', fetch });
    await getPeople({ client, clock: fakeClock(), retry: RETRY }, ['a1', 'b2', 'a1']);
    expect(urls).toEqual(['https://example.atlassian.net/rest/api/3/user/bulk?maxResults=2&startAt=0&accountId=a1&accountId=b2']);
  });

  it('asks for at most MAX_PEOPLE people; those beyond stay unnamed', async () => {
    const ids = Array.from({ length: MAX_PEOPLE + 20 }, (_, i) => `id-${i}`);
    const jira = recordingJira((r) => page([...(r.repeatedQuery?.['accountId'] ?? [])]));
    const people = await getPeople({ client: jira, clock: fakeClock(), retry: RETRY }, ids);
    expect(jira.requests[0]?.repeatedQuery?.['accountId']).toHaveLength(MAX_PEOPLE);
    expect(Object.keys(people.ok ? people.value : {})).toHaveLength(MAX_PEOPLE);
  });

  it('ignores people Jira returns that were not asked for, and people without a name', async () => {
    const jira = recordingJira(() =>
      jiraResponse(200, { isLast: true, values: [{ accountId: 'a1', displayName: 'Ann' }, { accountId: 'zz', displayName: 'Intruder' }, { accountId: 'b2' }] }),
    );
    expect(await getPeople({ client: jira, clock: fakeClock(), retry: RETRY }, ['a1', 'b2'])).toEqual({ ok: true, value: { a1: { displayName: 'Ann' } } });
  });

  it('stops paging at the last page, an empty page, or after three pages', async () => {
    const jira = recordingJira(() => page(['a1'], false));
    await getPeople({ client: jira, clock: fakeClock(), retry: RETRY }, ['a1', 'b2', 'c3', 'd4', 'e5']);
    expect(jira.requests).toHaveLength(3);
    const empty = recordingJira(() => jiraResponse(200, { isLast: false, values: [] }));
    await getPeople({ client: empty, clock: fakeClock(), retry: RETRY }, ['a1', 'b2']);
    expect(empty.requests).toHaveLength(1);
  });
});
