import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { cli, repo } from './cli-harness';
import { checkCall } from '../support/openapi-contract';

const story = readFileSync(repo('examples/issue-ABC-123.json'), 'utf8');
const gateArgs = ['--gates', 'examples/gates.json', '--gate', 'definition-of-done', '--records', 'examples/records-ABC-123.json'];

/** A stand-in Jira on loopback that answers with scripted statuses and records every request. */
function standInJira(statuses: number[]) {
  const seen: Array<{ method: string; url: string; authorization: string | undefined }> = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    const status = statuses[seen.length - 1] ?? 200;
    res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
    res.end(status === 200 ? story : JSON.stringify({ errorMessages: ['nope'] }));
  });
  return {
    seen,
    start: () => new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`))),
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function check(statuses: number[], argv = ['check', 'ABC-123', ...gateArgs]) {
  const jira = standInJira(statuses);
  const baseUrl = await jira.start();
  try {
    const result = await cli(argv, { JIRA_BASE_URL: baseUrl, JIRA_EMAIL: 'me@example.com', JIRA_API_TOKEN: 'token' });
    return { ...result, seen: jira.seen };
  } finally {
    await jira.stop();
  }
}

describe('cli check KEY', () => {
  it('loads the item with one spec-conformant call using basic auth, and prints the verdict', async () => {
    const { code, stdout, seen } = await check([200]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ issue: 'ABC-123', passed: true });
    expect(seen).toHaveLength(1);
    const url = new URL(seen[0]!.url, 'http://x');
    expect(url.pathname).toBe('/rest/api/3/issue/ABC-123');
    expect(url.searchParams.get('expand')).toBe('names');
    expect(checkCall('jira', { method: 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams) })).toMatchObject({ ok: true });
    expect(seen[0]!.authorization).toBe(`Basic ${Buffer.from('me@example.com:token').toString('base64')}`);
  });

  it('retries a 429 and then answers', async () => {
    const { code, seen } = await check([429, 200]);
    expect(code).toBe(0);
    expect(seen).toHaveLength(2);
  });

  it('gives up after the retry budget on 503 and exits 2 with one line', async () => {
    const { code, stderr, seen } = await check([503, 503, 503]);
    expect(code).toBe(2);
    expect(seen).toHaveLength(3);
    expect(stderr).toBe('shipshape: Jira could not be asked about ABC-123 after 3 attempt(s): Jira answered 503');
  });

  it('says the item was not found on 404', async () => {
    const { code, stderr } = await check([404]);
    expect(code).toBe(2);
    expect(stderr).toBe('shipshape: Work item ABC-123 was not found, or the app may not see it');
  });

  it('names the missing environment variables', async () => {
    const { code, stderr } = await cli(['check', 'ABC-1', ...gateArgs], { JIRA_EMAIL: 'me@example.com' });
    expect(code).toBe(2);
    expect(stderr).toBe('shipshape: check needs the environment variable(s) JIRA_BASE_URL, JIRA_API_TOKEN');
  });
});
