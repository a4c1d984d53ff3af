import { cachedPeopleDirectory, PEOPLE_CACHE_MS } from '../../src/daci/people-directory';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';
import { RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';

describe('the people cache', () => {
  const setup = () => {
    const clock = fakeClock();
    const client = recordingJira((r) =>
      jiraResponse(200, {
        results: (r.body as { accountIds: string[] }).accountIds
          .filter((id) => id !== 'gone')
          .map((accountId) => ({ accountId, displayName: `Name of ${accountId}` })),
      }),
    );
    return { clock, client, directory: cachedPeopleDirectory(clock), access: { client, clock, retry: RESOLVER_RETRY_POLICY } };
  };

  it('asks only for people it does not know, and again once the names are old', async () => {
    const { clock, client, directory, access } = setup();
    expect(await directory.lookUp(access, ['a', 'gone'])).toEqual({ ok: true, value: { a: { displayName: 'Name of a' } } });
    await directory.lookUp(access, ['a', 'b', 'gone']);
    expect(client.requests.map((r) => (r.body as { accountIds: string[] }).accountIds)).toEqual([['a', 'gone'], ['b']]);
    clock.advance(PEOPLE_CACHE_MS);
    await directory.lookUp(access, ['a']);
    expect(client.requests).toHaveLength(3);
  });

  it('asks nothing for nobody, and fails when Confluence does', async () => {
    const { client, directory, access } = setup();
    expect(await directory.lookUp(access, [])).toEqual({ ok: true, value: {} });
    expect(client.requests).toHaveLength(0);
    const failing = recordingJira(() => jiraResponse(403, {}));
    expect(await directory.lookUp({ ...access, client: failing }, ['x'])).toMatchObject({ ok: false, code: 'CONFLUENCE_REFUSED' });
  });
});
