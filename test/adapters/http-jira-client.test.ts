import { httpJiraClient } from '../../src/adapters/http-jira-client';

type Call = { url: string; init: RequestInit };

function fakeFetch(answer: () => Response) {
  const calls: Call[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const settings = { email: 'mia@example.com', apiToken: 'tok-123' };
const BASIC = 'Basic bWlhQGV4YW1wbGUuY29tOnRvay0xMjM='; // base64("mia@example.com:tok-123")

describe('httpJiraClient', () => {
  it('joins the base URL (trailing slashes trimmed), path and query, and sends Basic auth', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response('{"id":"10123"}', { status: 200 }));
    const jira = httpJiraClient({ ...settings, baseUrl: 'https://shipshape-test.atlassian.net//', fetch: fetchImpl });
    await jira({ method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fields: 'issuetype,labels', expand: 'names' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://shipshape-test.atlassian.net/rest/api/3/issue/ABC-1?fields=issuetype%2Clabels&expand=names');
    expect(calls[0]!.init).toEqual({ method: 'GET', headers: { Authorization: BASIC, Accept: 'application/json' } });
  });

  it('leaves the query off when there is none', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response('', { status: 200 }));
    const jira = httpJiraClient({ ...settings, baseUrl: 'http://localhost:8080', fetch: fetchImpl });
    await jira({ method: 'GET', path: '/rest/api/3/myself' });
    await jira({ method: 'GET', path: '/rest/api/3/myself', query: {} });
    expect(calls.map((c) => c.url)).toEqual(['http://localhost:8080/rest/api/3/myself', 'http://localhost:8080/rest/api/3/myself']);
  });

  it('sends a JSON body with its content type, and passes the abort signal on', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response(null, { status: 204 }));
    const jira = httpJiraClient({ ...settings, baseUrl: 'http://localhost:8080', fetch: fetchImpl });
    const controller = new AbortController();
    await jira({ method: 'PUT', path: '/rest/api/3/x', body: { a: [1, 'b'] }, signal: controller.signal });
    expect(calls[0]!.init).toEqual({
      method: 'PUT',
      headers: { Authorization: BASIC, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"a":[1,"b"]}',
      signal: controller.signal,
    });
  });

  it('parses a JSON body and exposes the status and headers case-insensitively', async () => {
    const { fetchImpl } = fakeFetch(
      () =>
        new Response(JSON.stringify({ id: '10123', key: 'ABC-1', fields: {} }), {
          status: 429,
          headers: { 'Retry-After': '2', 'Content-Type': 'application/json' },
        }),
    );
    const response = await httpJiraClient({ ...settings, baseUrl: 'http://localhost', fetch: fetchImpl })({ method: 'GET', path: '/p' });
    expect(response.status).toBe(429);
    expect(response.body).toEqual({ id: '10123', key: 'ABC-1', fields: {} });
    expect(response.header('retry-after')).toBe('2');
    expect(response.header('RETRY-AFTER')).toBe('2');
    expect(response.header('x-missing')).toBeUndefined();
  });

  it('falls back to the text when the body is not JSON', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>Service Unavailable</html>', { status: 503 }));
    const response = await httpJiraClient({ ...settings, baseUrl: 'http://localhost', fetch: fetchImpl })({ method: 'GET', path: '/p' });
    expect(response).toMatchObject({ status: 503, body: '<html>Service Unavailable</html>' });
  });

  it('gives undefined for an empty body', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(null, { status: 204 }));
    const response = await httpJiraClient({ ...settings, baseUrl: 'http://localhost', fetch: fetchImpl })({ method: 'DELETE', path: '/p' });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('lets a network failure reject, for the retry logic to handle', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(httpJiraClient({ ...settings, baseUrl: 'http://localhost', fetch: fetchImpl })({ method: 'GET', path: '/p' })).rejects.toThrow('fetch failed');
  });
});
