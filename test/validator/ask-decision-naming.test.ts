/**
 * The validator's question to Confluence, as the person moving the item: which pages may they
 * view, and what are the Approvers called. Naming only words the message: whatever Confluence
 * answers, the outcome stays the same, and a failure falls back to counting.
 */
import { askDecisionNaming, NAMING_RETRY_POLICY } from '../../src/decisions/ask-decision-naming';
import { fakeClock, jiraResponse, recordingJira, scriptedJira } from '../support/fakes';
import { checkCall } from '../support/openapi-contract';

const candidates = { pageIds: ['131073', '131074'], accountIds: ['acc-priya', 'acc-gone'] };
const pagesAnswer = jiraResponse(200, { results: [{ id: '131073', title: 'Checkout: saved cards — spec' }] });
const peopleAnswer = jiraResponse(200, { results: [{ accountId: 'acc-priya', displayName: 'Priya PM' }] });

describe('asking Confluence what the mover may see of the blocking decisions', () => {
  it('asks once for the pages and once for the names, in parallel, each call as the spec has it', async () => {
    // The pages are answered only once the names are asked for: asked one after the other, this would time out.
    let namesAsked: () => void = () => undefined;
    const bothAsked = new Promise<void>((resolve) => (namesAsked = resolve));
    const confluence = recordingJira(async (request) => {
      if (request.method === 'GET') return bothAsked.then(() => pagesAnswer);
      namesAsked();
      return peopleAnswer;
    });
    const naming = await askDecisionNaming(confluence, { now: () => Date.now(), sleep: fakeClock().sleep }, candidates);
    expect(naming?.pages).toEqual(new Map([['131073', 'Checkout: saved cards — spec']]));
    expect(naming?.people).toEqual(new Map([['acc-priya', 'Priya PM']]));
    expect(confluence.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /wiki/api/v2/pages', 'POST /wiki/api/v2/users-bulk']);
    for (const { method, path, query } of confluence.requests) expect(checkCall('confluence', { method, path, query })).toMatchObject({ ok: true });
    expect(confluence.requests.find((r) => r.method === 'GET')?.query).toMatchObject({ id: '131073,131074' });
  });

  it('asks nothing when no page needs naming', async () => {
    const confluence = recordingJira(() => pagesAnswer);
    expect(await askDecisionNaming(confluence, fakeClock(), { pageIds: [], accountIds: ['acc-priya'] })).toBeUndefined();
    expect(confluence.requests).toEqual([]);
  });

  it('counts instead when Confluence cannot say which pages the mover may view (no retry)', async () => {
    for (const answer of [jiraResponse(500), jiraResponse(429), jiraResponse(401), new Error('socket hang up')]) {
      const confluence = scriptedJira([answer, peopleAnswer]);
      expect(await askDecisionNaming(confluence, fakeClock(), candidates)).toBeUndefined();
    }
    expect(NAMING_RETRY_POLICY.attempts).toBe(1);
  });

  it('names the pages without Approvers when the names cannot be had', async () => {
    const confluence = recordingJira((request) => (request.method === 'GET' ? pagesAnswer : jiraResponse(503)));
    const naming = await askDecisionNaming(confluence, fakeClock(), candidates);
    expect(naming?.pages.get('131073')).toBe('Checkout: saved cards — spec');
    expect(naming?.people.size).toBe(0);
  });

  it('gives up within its own budget, and never past the invocation deadline', async () => {
    const clock = fakeClock();
    const confluence = recordingJira(() => new Promise(() => undefined));
    const started = Date.now();
    const naming = askDecisionNaming(confluence, { now: () => Date.now(), sleep: clock.sleep }, candidates, Date.now() + 200);
    expect(await naming).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(NAMING_RETRY_POLICY.attemptTimeoutMs);
  });
});
