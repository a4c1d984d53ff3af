/**
 * Issue 15, items 4 and 8: the decision register of a space with 500 pages and 5,000 decisions,
 * through its resolver on the strict in-memory store: only pages Confluence lets the viewer view,
 * one page of 25 rows of a few tens of KB (Forge allows 5 MB), two Confluence calls as the user.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { getRegister } from '../../src/register/get-register';
import { REGISTER_PAGE_SIZE } from '../../src/domain/decisions/register/register-query';
import { cachedPeopleDirectory } from '../../src/daci/people-directory';
import type { DaciDeps } from '../../src/daci/daci-deps';
import type { RegisterData } from '../../src/register/register-data';
import type { Envelope } from '../../src/resolvers/envelope';
import { checkCall } from '../support/openapi-contract';
import { indexSpaceOfDecisions, registerConfluence, SPACE_ID, APP_ID } from '../../bench/space-of-decisions';

const PAGES = 500;
const PER_PAGE = 10;
const store = memoryStore();
/** Every tenth page (p % 10 === 7) is restricted from the viewer. */
const canView = (p: number) => p % 10 !== 7;

function depsFor(confluence: ReturnType<typeof registerConfluence>): DaciDeps {
  return {
    confluenceAsApp: confluence.client,
    confluenceAsUser: confluence.client,
    store,
    clock: { now: () => Date.UTC(2026, 11, 3, 12), sleep: async () => undefined },
    retry: confluence.retry,
    people: cachedPeopleDirectory({ now: () => 0, sleep: async () => undefined }),
    appId: () => APP_ID,
  };
}

const context = { accountId: 'acc-person-1', timezone: 'Europe/Berlin', extension: { type: 'confluence:spacePage', space: { id: SPACE_ID, key: 'SPEC' } } };

async function register(payload: unknown, view = canView) {
  const confluence = registerConfluence(view);
  const answer = (await getRegister(depsFor(confluence), { payload, context })) as Envelope<RegisterData>;
  if (!answer.ok) throw new Error(answer.error.message);
  return { data: answer.data, requests: confluence.requests, bytes: new TextEncoder().encode(JSON.stringify(answer)).byteLength };
}

beforeAll(() => indexSpaceOfDecisions(store, PAGES, PER_PAGE), 60_000);

describe('the decision register of a space with 500 pages and 5,000 decisions', () => {
  it('lists only decisions on pages the viewer may view, 25 at a time, in an answer under 100 KB', async () => {
    const { data, bytes, requests } = await register({});
    expect(data.total).toBe(4_500);
    expect(data.rows).toHaveLength(REGISTER_PAGE_SIZE);
    expect(data.rows.every((r) => Number(r.pageId) % 10 !== 7)).toBe(true);
    expect(bytes).toBeLessThan(100 * 1024);
    const asUser = requests.filter((r) => r.path === '/wiki/api/v2/pages');
    expect(asUser).toHaveLength(2);
    for (const r of requests) expect(checkCall('confluence', { method: r.method, path: r.path, query: r.query ?? {} })).toMatchObject({ ok: true });
    expect(data.rows[0]?.pageUrl).toMatch(/^https:\/\/example\.atlassian\.net\/wiki\/spaces\/SPEC\/pages\/\d+$/);
    expect(data.siteUrl).toBe('https://example.atlassian.net');
  });

  it('filters and sorts across the whole space, not one page of it', async () => {
    const { data } = await register({ statuses: ['in-progress'], impacts: ['high'], sort: 'due', order: 'desc' });
    expect(data.matched).toBeGreaterThan(50);
    expect(data.rows.every((r) => r.status === 'in-progress' && r.impact === 'high')).toBe(true);
    const dues = data.rows.map((r) => r.due ?? '');
    expect(dues).toEqual([...dues].sort().reverse());
    const mine = await register({ awaitingMe: true, sort: 'approver' });
    expect(mine.data.rows.every((r) => r.approver === 'acc-person-1' && r.status !== 'deferred')).toBe(true);
    expect(mine.data.matched).toBe(mine.data.facets.awaitingMe);
  });

  it('shows a viewer who may view no page of the space nothing, and looks up nobody', async () => {
    const { data, requests } = await register({}, () => false);
    expect([data.total, data.rows.length]).toEqual([0, 0]);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});
