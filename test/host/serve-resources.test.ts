/**
 * The resource server: resource key → manifest folder, the shim injected first in <head>, the
 * CSP from manifest permissions, content types, 404s and no way out of the resource folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectShim, serveResources, SHIM_TAG } from '../../sandbox/host/serve-resources';
import { startServer, type TestServer } from '../browser/support/http-server';

let root: string;
let server: TestServer;

const MANIFEST = `modules:
  jira:issuePanel:
    - key: panel
      resource: panel-ui
      resolver: { function: resolver }
resources:
  - key: panel-ui
    path: static/panel/build
  - key: shadowed
    path: static/panel/build
permissions:
  content:
    styles:
      - unsafe-inline
  external:
    images:
      - address: '*.giphy.com'
    fetch:
      client:
        - https://api.example.com
`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shipshape-resources-'));
  const build = join(root, 'static', 'panel', 'build');
  mkdirSync(join(build, 'assets'), { recursive: true });
  writeFileSync(join(root, 'manifest.yml'), MANIFEST);
  writeFileSync(
    join(build, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><link rel="modulepreload" href="./chunks/chunk-A1.js"><script type="module" src="./main.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(build, 'main.js'), 'console.log("panel")');
  mkdirSync(join(build, 'chunks'));
  writeFileSync(join(build, 'chunks', 'chunk-A1.js'), 'export const a = 1;');
  writeFileSync(join(build, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'static', 'panel', 'secret.txt'), 'outside the resource');
  const extra = join(root, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'index.html'), '<p>extra</p>');
  server = await startServer([serveResources({ root, extraResources: { shadowed: 'extra' } })]);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, { redirect: 'manual', ...init });

describe('serveResources', () => {
  it('serves a resource’s index.html with the bridge shim as the first script and Forge’s CSP', async () => {
    const response = await get('/__sandbox/resources/panel-ui/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html.indexOf(SHIM_TAG)).toBeGreaterThan(-1);
    // A classic script before the module scripts and their preloads: it runs before any of them.
    expect(html.indexOf(SHIM_TAG)).toBeLessThan(html.indexOf('./chunks/chunk-A1.js'));
    expect(html.indexOf(SHIM_TAG)).toBeLessThan(html.indexOf('./main.js'));
    expect(SHIM_TAG).not.toMatch(/type=|defer|async/);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
    // @forge/csp's policy: Atlassian's hosts, then what the manifest declares.
    expect(directive('script-src')).toMatch(/^script-src 'self' /);
    expect(directive('script-src')).not.toContain('unsafe');
    expect(directive('style-src')).toMatch(/ 'unsafe-inline'$/);
    expect(directive('img-src')).toMatch(/ \*\.giphy\.com$/);
    expect(directive('connect-src')).toMatch(/ https:\/\/api\.example\.com$/);
    expect(directive('report-uri')).toMatch(/\/__sandbox\/csp-report$/);
  });

  it('redirects the bare resource path to the folder, so relative script paths resolve', async () => {
    const response = await get('/__sandbox/resources/panel-ui');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/__sandbox/resources/panel-ui/');
  });

  it('serves files with their content types', async () => {
    const js = await get('/__sandbox/resources/panel-ui/main.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("panel")');
    // A module script or chunk must come with a JavaScript MIME type, or the browser refuses it.
    const chunk = await get('/__sandbox/resources/panel-ui/chunks/chunk-A1.js');
    expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await chunk.text()).toBe('export const a = 1;');
    const svg = await get('/__sandbox/resources/panel-ui/assets/logo.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('lets extra resources (tests) win over the manifest', async () => {
    expect(await (await get('/__sandbox/resources/shadowed/')).text()).toBe(`${SHIM_TAG}<p>extra</p>`);
  });

  it.each([
    ['/__sandbox/resources/panel-ui/../secret.txt'],
    ['/__sandbox/resources/panel-ui/%2e%2e/secret.txt'],
    ['/__sandbox/resources/panel-ui/..%2fsecret.txt'],
    ['/__sandbox/resources/panel-ui/%2e%2e%2fsecret.txt'],
    ['/__sandbox/resources/panel-ui/missing.js'],
    ['/__sandbox/resources/unknown/'],
  ])('answers 404 for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the resource');
  });

  it('serves the bridge shim and the tokens theme CSS', async () => {
    const shim = await get('/__sandbox/bridge-shim.js');
    expect(shim.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await shim.text()).toContain('__bridge');
    const dark = await get('/__sandbox/themes/dark.css');
    expect(dark.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await dark.text()).toContain('[data-theme~="dark:dark"]');
    expect((await get('/__sandbox/themes/nope.css')).status).toBe(404);
  });

  it('answers 405 to writes and leaves other paths to other handlers', async () => {
    expect((await get('/__sandbox/resources/panel-ui/', { method: 'POST' })).status).toBe(405);
    expect((await get('/rest/api/3/myself')).status).toBe(404);
  });
});

describe('injectShim', () => {
  it('puts the shim right after <head>, else after <html>, else first', () => {
    expect(injectShim('<html lang="en"><HEAD data-x="1"><script src="a.js"></script>')).toBe(
      `<html lang="en"><HEAD data-x="1">${SHIM_TAG}<script src="a.js"></script>`,
    );
    expect(injectShim('<html><body></body></html>')).toBe(`<html>${SHIM_TAG}<body></body></html>`);
    expect(injectShim('<p>x</p>')).toBe(`${SHIM_TAG}<p>x</p>`);
  });
});
