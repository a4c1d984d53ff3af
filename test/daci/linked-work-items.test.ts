import { linkedWorkItems } from '../../src/daci/linked-work-items';
import { DACI_LIMITS } from '../../src/domain/daci/daci-limits';

const LINKED_KEYS_CHECKED = DACI_LIMITS.linkedKeysChecked;
import type { DaciDeps } from '../../src/daci/daci-deps';
import { RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';
import { decision, table } from './support/decisions';

/** Jira as the viewer: every key exists except ABC-999. */
const jira = (failing = false) =>
  recordingJira((request) => {
    if (failing) return jiraResponse(503);
    const keys = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.filter((k) => k !== 'ABC-999');
    return jiraResponse(200, {
      issues: keys.map((key) => ({ id: '1', key, fields: { summary: key, status: { name: 'To Do', statusCategory: { key: 'new' } } } })),
    });
  });
const deps = (client: ReturnType<typeof jira>) => ({ jiraAsUser: client, clock: fakeClock(), retry: RESOLVER_RETRY_POLICY }) as unknown as DaciDeps;
const keysOf = (from: number, count: number) => Array.from({ length: count }, (_, n) => `ABC-${from + n}`);

describe("a DACI table's linked work items", () => {
  it('asks Jira about every key of a large table, 100 per bulk fetch, and says which keys it did not ask about', async () => {
    // 30 decisions of 20 keys each: 600 distinct keys.
    const t = table(...Array.from({ length: 30 }, (_, n) => decision(`d${n}`, { jiraKeys: keysOf(1000 + n * 20, 20) })));
    const client = jira();
    const items = await linkedWorkItems(deps(client), t);
    expect(client.requests).toHaveLength(LINKED_KEYS_CHECKED / 100);
    expect(client.requests.every((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length === 100)).toBe(true);
    expect(items?.found.map((i) => i.key)).toEqual(keysOf(1000, LINKED_KEYS_CHECKED));
    expect(items?.unchecked).toEqual(keysOf(1000 + LINKED_KEYS_CHECKED, 100));
  });

  it('leaves out a key Jira does not have, and asks once per key however many decisions link it', async () => {
    const client = jira();
    const items = await linkedWorkItems(deps(client), table(decision('a', { jiraKeys: ['ABC-2', 'ABC-999'] }), decision('b', { jiraKeys: ['ABC-2'] })));
    expect(items).toEqual({ found: [expect.objectContaining({ key: 'ABC-2', status: 'To Do' })], unchecked: [] });
    expect((client.requests[0]?.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys).toEqual(['ABC-2', 'ABC-999']);
  });

  it('shows no status at all when Jira does not answer, rather than calling every key invisible', async () => {
    expect(await linkedWorkItems(deps(jira(true)), table(decision('a', { jiraKeys: ['ABC-2'] })))).toBeUndefined();
  });
});
