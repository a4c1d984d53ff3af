/**
 * The invoke route calls function handlers exactly as Forge does and takes the caller only from
 * the platform (the cookie), never from the request body; errors come back as messages.
 */
import { invokeRoute } from '../../sandbox/host/invoke-route';
import { FORGE_LIMITS } from '../../src/forge-limits';
import { cookie, startServer, type TestServer } from '../browser/support/http-server';

let server: TestServer;
const calls: Array<{ event: unknown; runtime: unknown }> = [];
const failures: string[] = [];

beforeAll(async () => {
  server = await startServer([
    invokeRoute({
      handlers: {
        resolver: async (event, runtime) => {
          calls.push({ event, runtime });
          const { call } = event as { call: { functionKey: string } };
          if (call.functionKey === 'boom') throw new Error('Gate library unavailable');
          if (call.functionKey === 'nothing') return undefined;
          if (call.functionKey === 'huge') return { text: 'x'.repeat(FORGE_LIMITS.responseBytes) };
          return { answered: call.functionKey };
        },
      },
      currentAccountId: (req) => cookie(req, 'sandbox-user'),
      contextFor: (moduleKey) => (moduleKey === 'fr-panel' ? { locale: 'fr-FR', timezone: 'Europe/Paris' } : undefined),
      onError: (error) => failures.push(String(error)),
    }),
  ]);
});

afterAll(() => server.close());

function invoke(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: 'sandbox-user=acc-alice', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const request = (functionKey: string, extra: Record<string, unknown> = {}) => ({
  moduleKey: 'panel',
  functionKey: 'resolver',
  call: { functionKey, payload: { n: 1 } },
  context: { extension: { type: 'jira:issuePanel', issue: { key: 'ABC-1' } }, accountId: 'acc-mallory' },
  ...extra,
});

describe('POST /__sandbox/invoke', () => {
  it('calls the handler like Forge: { call, context } and { principal, installContext }', async () => {
    calls.length = 0;
    const response = await invoke(request('getPanel'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, body: { answered: 'getPanel' } });
    const [{ event, runtime }] = calls as [{ event: Record<string, unknown>; runtime: Record<string, unknown> }];
    expect(event.call).toEqual({ functionKey: 'getPanel', payload: { n: 1 } });
    expect(event.context).toMatchObject({
      accountId: 'acc-alice',
      moduleKey: 'panel',
      environmentType: 'DEVELOPMENT',
      extension: { type: 'jira:issuePanel', issue: { key: 'ABC-1' } },
    });
    expect(runtime.principal).toEqual({ accountId: 'acc-alice' });
    expect(runtime.installContext).toMatch(/^ari:cloud:jira::site\/[0-9a-f-]{36}$/);
  });

  it('has no principal for an anonymous caller, whatever the body claims', async () => {
    calls.length = 0;
    await invoke(request('x'), { Cookie: '' });
    const [{ event, runtime }] = calls as [{ event: Record<string, unknown>; runtime: Record<string, unknown> }];
    expect(runtime.principal).toBeUndefined();
    expect((event.context as { accountId?: string }).accountId).toBeUndefined();
  });

  it('answers { ok: true } when the function returns nothing', async () => {
    expect(await (await invoke(request('nothing'))).json()).toEqual({ ok: true });
  });

  it('answers 500 with the thrown message only', async () => {
    const response = await invoke(request('boom'));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ ok: false, message: 'Gate library unavailable' });
    expect(failures.some((failure) => failure.includes('Gate library unavailable'))).toBe(true);
  });

  it.each([
    [{ ...request('x'), functionKey: 'constructor' }, 404, 'No function "constructor" is defined (module "panel").'],
    [{ ...request('x'), functionKey: '' }, 400, 'Module "panel" has no resolver function to invoke.'],
    [{ ...request('x'), call: {} }, 400, 'call.functionKey must be a string.'],
    ['{not json', 400, 'The request body is not valid JSON.'],
  ])('rejects a bad request %#', async (body, status, message) => {
    const response = await invoke(body);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, message });
  });

  it("holds Forge's front-end limits: a request over 500 KB is refused, an answer over 5 MB fails", async () => {
    calls.length = 0;
    const big = request('getPanel');
    big.call.payload = { text: 'x'.repeat(FORGE_LIMITS.frontendRequestBytes) } as never;
    const refused = await invoke(big);
    expect(refused.status).toBe(413);
    expect(calls).toEqual([]);
    const justUnder = request('getPanel');
    justUnder.call.payload = { text: 'x'.repeat(FORGE_LIMITS.frontendRequestBytes - 1_000) } as never;
    expect((await invoke(justUnder)).status).toBe(200);
    const tooMuch = await invoke(request('huge'));
    expect(tooMuch.status).toBe(500);
    expect(((await tooMuch.json()) as { message: string }).message).toMatch(/Forge's limit for an invocation's response is 5000000 bytes/);
  });

  it('only takes JSON (a cross-site form cannot invoke)', async () => {
    const response = await invoke(JSON.stringify(request('x')), { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
  });
});

describe('GET /__sandbox/context', () => {
  it('gives the platform context of a module for the signed-in person', async () => {
    const response = await fetch(`${server.origin}/__sandbox/context?moduleKey=fr-panel`, { headers: { Cookie: 'sandbox-user=acc-bob' } });
    expect(await response.json()).toMatchObject({
      accountId: 'acc-bob',
      moduleKey: 'fr-panel',
      siteUrl: server.origin,
      environmentType: 'DEVELOPMENT',
      locale: 'fr-FR',
      timezone: 'Europe/Paris',
      localId: expect.stringMatching(/^ari:cloud:ecosystem::extension\/.+\/static\/fr-panel$/),
    });
  });

  it('needs a moduleKey', async () => {
    expect((await fetch(`${server.origin}/__sandbox/context`)).status).toBe(400);
  });
});
