import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, type LaunchedChromium } from './support/chromium';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../..');
let child: ChildProcess;
let chromium: LaunchedChromium;
let stateDir: string;
let url: string;

/** Starts `npm start`'s script as a person would, on a free port, and waits for it to print its address. */
function startSandboxProcess(): Promise<string> {
  child = spawn(join(root, 'node_modules/.bin/tsx'), ['sandbox/start.ts', '--port', '0', '--reset', '--state-dir', stateDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((found, failed) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Shipshape sandbox: (http:\/\/localhost:\d+)/.exec(output);
      if (match) found(match[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => failed(new Error(`the sandbox exited (${code}) before it was ready:\n${output}`)));
  });
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'shipshape-start-'));
  url = await startSandboxProcess();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.cleanup();
  child?.kill();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the demo project with its work items', async () => {
    const page = await chromium.browser.newPage({ baseURL: url });
    await page.goto('/');
    await page.getByRole('link', { name: 'ABC-5' }).waitFor();
    const rows = await page.getByRole('row').count();
    expect(rows).toBeGreaterThan(10);
    expect(await page.getByTestId('user-switcher').inputValue()).toBeTruthy();
    await screenshot(page, 'sandbox-project');
    await page.goto('/wiki');
    await page.getByRole('heading', { level: 1, name: 'Checkout: saved cards — spec' }).waitFor();
    await page.close();
  });

  it('keeps state in the state folder across restarts', async () => {
    const page = await chromium.browser.newPage({ baseURL: url });
    const response = await page.request.put('/rest/api/3/issue/ABC-12', {
      headers: { Authorization: `Basic ${Buffer.from('emma@example.com:sandbox').toString('base64')}` },
      data: { fields: { labels: ['kept'] } },
    });
    expect(response.status()).toBe(204);
    child.kill();
    await new Promise((done) => child.once('exit', done));
    child = spawn(join(root, 'node_modules/.bin/tsx'), ['sandbox/start.ts', '--port', '0', '--state-dir', stateDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const again = await new Promise<string>((found) =>
      child.stdout!.on('data', (c: Buffer) => {
        const m = /Shipshape sandbox: (http:\/\/localhost:\d+)/.exec(c.toString());
        if (m) found(m[1]!);
      }),
    );
    const issue = await (
      await page.request.get(`${again}/rest/api/3/issue/ABC-12?fields=labels`, {
        headers: { Authorization: `Basic ${Buffer.from('emma@example.com:sandbox').toString('base64')}` },
      })
    ).json();
    expect(issue.fields.labels).toEqual(['kept']);
    await page.close();
  });
});
