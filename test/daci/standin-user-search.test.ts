/** The stand-in's Confluence v1 user search (outside the v2 spec), which the config's user pickers use through the app. */
import { dirname } from 'node:path';
import { startStandIn, removeDir, type Harness } from '../sandbox/standin-harness';
import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { searchUsers } from '../../src/confluence/search-users';
import { getUsersBulk } from '../../src/confluence/get-users-bulk';
import { getPage } from '../../src/confluence/get-page';
import { RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { systemClock } from '../../src/ports/clock';
import { SEED_CONFLUENCE } from '../../sandbox/standin/seed';
import { ALEX, APP_EMAIL, PRIYA, QUINN, SANDBOX_PASSWORD, VICTOR } from '../../sandbox/standin/demo-users';

let h: Harness;
beforeAll(async () => {
  h = await startStandIn();
});
afterAll(async () => {
  await h.close();
  removeDir(dirname(h.dataFile));
});

const as = (email: string) => ({
  client: httpJiraClient({ baseUrl: h.baseUrl, email, apiToken: SANDBOX_PASSWORD }),
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
});

describe('the app against the stand-in Confluence', () => {
  it('searches people by name with a quoted CQL query', async () => {
    expect(await searchUsers(as(PRIYA.emailAddress), 'qui', 10)).toEqual({ ok: true, value: [{ accountId: QUINN.accountId, displayName: QUINN.displayName }] });
    expect(await searchUsers(as(PRIYA.emailAddress), 'a" OR user.fullname~"', 10)).toEqual({ ok: true, value: [] });
  });

  it('answers unknown CQL and anonymous callers with errors', async () => {
    expect((await h.call('priya', 'GET', '/wiki/rest/api/search/user', { query: { cql: 'type=user' } })).status).toBe(400);
    const anonymous = await fetch(`${h.baseUrl}/wiki/rest/api/search/user?cql=${encodeURIComponent('user.fullname~"a"')}`);
    expect(anonymous.status).toBe(401);
  });

  it('reads the page (with its version) as a person, and names in bulk as the app', async () => {
    expect(await getPage(as(VICTOR.emailAddress), SEED_CONFLUENCE.specPageId)).toMatchObject({
      ok: true,
      value: { id: SEED_CONFLUENCE.specPageId, version: 2 },
    });
    expect(await getUsersBulk(as(APP_EMAIL), [ALEX.accountId, 'nobody'])).toEqual({
      ok: true,
      value: { [ALEX.accountId]: { displayName: 'Alex Admin', avatarPath: expect.any(String) } },
    });
  });
});
