/**
 * The Custom UI host, end to end in Chromium: the probe app (test/browser/probe-app), built as
 * `npm run build` builds apps, runs in the host frame's iframe on another origin (as Forge's CDN
 * is), with the real @forge/bridge, @forge/jira-bridge and a @forge/resolver resolver served by
 * the sandbox's resource server and invoke route.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { buildApp } from '../../scripts/build-static';
import { invokeRoute } from '../../sandbox/host/invoke-route';
import { serveResources } from '../../sandbox/host/serve-resources';
import { themeCss } from '../../sandbox/host/theme-css';
import { handler, PROBE_FAILURE } from './probe-app/resolver';
import { launchChromium, type LaunchedChromium } from './support/chromium';
import { harnessRoutes } from './support/harness-routes';
import type { HarnessEvent, HarnessMountOptions, SandboxHostHarness } from './support/host-harness';
import { cookie, startServer, type TestServer } from './support/http-server';
import { screenshot } from './support/screenshot';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..');
const ALICE = 'acc-alice-0001';
const BOB = 'acc-bob-0002';
const MODULE_KEY = 'shipshape-gate-config';
const EXTENSION = {
  type: 'jira:workflowValidator',
  validatorConfig: '{"gateId":"definition-of-done"}',
  isNewEditor: true,
  workflowId: 'wf-10001',
  scopedProjectId: '10000',
  transitionContext: { id: '31', from: { id: '3', name: 'In Progress' }, to: { id: '10001', name: 'Done' } },
};

let buildDir: string;
let server: TestServer;
let chromium: LaunchedChromium;
let context: BrowserContext;
let page: Page;
const resolverErrors: string[] = [];
const hostWarnings: string[] = [];

declare const window: { sandboxHost: SandboxHostHarness };

async function signIn(accountId: string): Promise<void> {
  await context.clearCookies();
  await context.addCookies([{ name: 'sandbox-user', value: accountId, url: server.origin }]);
}

/** Mounts the probe in the host page; its iframe comes from http://localhost:<port>. */
async function mountProbe(theme: 'light' | 'dark', callbacks = true): Promise<Frame> {
  const options: HarnessMountOptions = {
    resourceKey: 'probe',
    moduleKey: MODULE_KEY,
    functionKey: 'probe-resolver',
    context: { extension: EXTENSION },
    theme,
    resourceOrigin: `http://localhost:${server.port}`,
  };
  await page.evaluate(([mount, withCallbacks]) => window.sandboxHost.mount(mount, withCallbacks), [options, callbacks] as const);
  const element = await page.waitForSelector('iframe[data-resource-key="probe"]');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The probe iframe has no frame.');
  await frame.waitForSelector('[data-testid="echo"]:not(:text("loading"))');
  return frame;
}

/** Resolves once the iframe has stayed where it is for five animation frames (host resizes are async). */
async function frameSettled(title: string): Promise<void> {
  await page.waitForFunction(
    (frameTitle) =>
      new Promise<boolean>((resolve) => {
        const frame = document.querySelector(`iframe[title="${frameTitle}"]`);
        const where = (): string => JSON.stringify(frame?.getBoundingClientRect());
        const start = where();
        let frames = 0;
        const tick = (): void => {
          frames += 1;
          if (where() !== start) resolve(false);
          else if (frames >= 5) resolve(true);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    title,
  );
}

const text = async (frame: Frame, testId: string): Promise<string> => (await frame.textContent(`[data-testid="${testId}"]`)) ?? '';
const json = async (frame: Frame, testId: string): Promise<Record<string, unknown>> => JSON.parse(await text(frame, testId)) as Record<string, unknown>;
const events = (): Promise<HarnessEvent[]> => page.evaluate(() => window.sandboxHost.events.slice());

/** The colour the browser computes for a CSS colour value, to compare like with like. */
function computed(frame: Frame, color: string): Promise<string> {
  return frame.evaluate((value) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = value;
    document.body.appendChild(probe);
    const result = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return result;
  }, color);
}

function themeValue(themeId: 'light' | 'dark', variable: string): string {
  const match = new RegExp(`${variable}:\\s*(#[0-9A-Fa-f]+)`).exec(themeCss(themeId) ?? '');
  if (!match?.[1]) throw new Error(`${variable} not found in the ${themeId} theme`);
  return match[1];
}

const tokenBoxColor = (frame: Frame): Promise<string> => frame.$eval('[data-testid="token-box"]', (box) => getComputedStyle(box).backgroundColor);

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), 'shipshape-probe-'));
  await buildApp(join(__dirname, 'probe-app', 'src', 'index.tsx'), buildDir, 'probe');
  server = await startServer([
    // The host page is on 127.0.0.1 and frames on localhost (cross-origin, as on Forge): the site is the host page's origin.
    serveResources({ root: ROOT, manifestPath: join(ROOT, 'manifest.yml'), extraResources: { probe: buildDir }, siteOrigin: () => server.origin }),
    invokeRoute({
      handlers: { 'probe-resolver': handler as (event: unknown, runtime: unknown) => Promise<unknown> },
      currentAccountId: (req) => cookie(req, 'sandbox-user'),
      onError: (error) => resolverErrors.push(error instanceof Error ? error.message : String(error)),
    }),
    harnessRoutes(),
  ]);
  chromium = await launchChromium();
  context = await chromium.browser.newContext({ viewport: { width: 800, height: 900 } });
  await signIn(ALICE);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') hostWarnings.push(message.text());
  });
  await page.goto(`${server.origin}/`);
});

afterAll(async () => {
  await chromium?.cleanup();
  await server?.close();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

describe('Custom UI host (probe app in Chromium)', () => {
  let frame: Frame;

  beforeAll(async () => {
    frame = await mountProbe('light');
  });

  it('answers view.getContext with the module, the signed-in person and the extension', async () => {
    const ctx = await json(frame, 'context');
    expect(ctx).toMatchObject({
      moduleKey: MODULE_KEY,
      accountId: ALICE,
      environmentType: 'DEVELOPMENT',
      extension: EXTENSION,
      theme: { colorMode: 'light' },
      siteUrl: server.origin,
    });
    for (const key of ['cloudId', 'environmentId', 'localId', 'locale', 'timezone']) expect(typeof ctx[key]).toBe('string');
  });

  it('asks for the platform context once, as it mounts the frame, before the app asks (as the product knows it already)', async () => {
    const asked: string[] = [];
    const note = (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/__sandbox/context' || path === '/__sandbox/invoke' || path.startsWith('/__sandbox/resources/probe')) asked.push(path);
    };
    page.on('request', note);
    try {
      frame = await mountProbe('light');
    } finally {
      page.off('request', note);
    }
    expect(asked[0]).toBe('/__sandbox/context');
    expect(asked.filter((path) => path === '/__sandbox/context')).toHaveLength(1);
    expect(asked).toContain('/__sandbox/invoke');
  });

  it('runs invoke through the real @forge/resolver as the cookie’s person, whatever the page sends', async () => {
    expect(await json(frame, 'echo')).toEqual({
      payload: { message: 'hello from the probe', accountId: 'acc-forged-in-payload' },
      accountId: ALICE,
      moduleKey: MODULE_KEY,
      extension: EXTENSION,
    });
    const forged = await page.evaluate(async () => {
      const response = await fetch('/__sandbox/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          moduleKey: 'shipshape-gate-config',
          functionKey: 'probe-resolver',
          call: { functionKey: 'echo', payload: {} },
          context: { accountId: 'acc-mallory', principal: { accountId: 'acc-mallory' }, extension: { type: 'jira:issuePanel' } },
        }),
      });
      return (await response.json()) as { ok: boolean; body: { accountId: string } };
    });
    expect(forged).toMatchObject({ ok: true, body: { accountId: ALICE } });
  });

  it('runs the workflowRules.onConfigure callback from the parent and returns its string', async () => {
    expect(await text(frame, 'on-configure')).toBe('registered');
    await frame.fill('[data-testid="config-input"]', 'definition-of-done');
    expect(await page.evaluate(() => window.sandboxHost.configure())).toBe('{"value":"definition-of-done"}');
  });

  it('delivers view.submit and view.close to the host callbacks', async () => {
    await frame.click('[data-testid="submit"]');
    await frame.waitForSelector('[data-testid="outcome"]:text("submitted")');
    await frame.click('[data-testid="close"]');
    await frame.waitForSelector('[data-testid="outcome"]:text("closed")');
    expect(await events()).toEqual([
      { type: 'submit', payload: { value: 'definition-of-done' } },
      { type: 'close', payload: { reason: 'done' } },
    ]);
  });

  it('shows a resolver’s error to the app in Forge’s words, without a stack', async () => {
    await frame.click('[data-testid="fail"]');
    await frame.waitForSelector('[data-testid="outcome"]:text("error:")');
    expect(await text(frame, 'outcome')).toBe(`error: There was an error invoking the function - ${PROBE_FAILURE}`);
    await frame.click('[data-testid="unknown"]');
    await frame.waitForSelector(`[data-testid="outcome"]:text("no-such-definition")`);
    expect(await text(frame, 'outcome')).toBe("error: There was an error invoking the function - Resolver has no definition for 'no-such-definition'.");
    expect(resolverErrors).toContain(PROBE_FAILURE);
  });

  it('sizes the iframe to the app’s content', async () => {
    const frameHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const iframeHeight = await page.$eval('iframe[data-resource-key="probe"]', (iframe) => iframe.getBoundingClientRect().height);
    expect(frameHeight).toBeGreaterThan(200);
    expect(Math.abs(iframeHeight - frameHeight)).toBeLessThanOrEqual(1);
  });

  it('applies the host theme after view.theme.enable() and switches it live', async () => {
    expect(await frame.getAttribute('html', 'data-color-mode')).toBe('light');
    expect(await frame.getAttribute('html', 'data-theme')).toContain('light:light');
    const light = await tokenBoxColor(frame);
    expect(light).toBe(await computed(frame, themeValue('light', '--ds-background-neutral')));
    await screenshot(page, 'host-light');

    await page.evaluate(() => window.sandboxHost.setTheme('dark'));
    await frame.waitForSelector('html[data-color-mode="dark"]', { state: 'attached' });
    const dark = await tokenBoxColor(frame);
    expect(dark).toBe(await computed(frame, themeValue('dark', '--ds-background-neutral')));
    expect(dark).not.toBe(light);
    await screenshot(page, 'host-dark');
  });

  it('starts in the dark theme and invokes as whoever is signed in now', async () => {
    await signIn(BOB);
    const fresh = await mountProbe('dark');
    expect(await fresh.getAttribute('html', 'data-color-mode')).toBe('dark');
    expect(await json(fresh, 'echo')).toMatchObject({ accountId: BOB });
    expect(await json(fresh, 'context')).toMatchObject({ accountId: BOB, theme: { colorMode: 'dark' } });
  });

  it('rejects view.submit and view.close as Forge does where the view is not submittable or closable', async () => {
    const bare = await mountProbe('light', false);
    await bare.click('[data-testid="submit"]');
    await bare.waitForSelector('[data-testid="outcome"]:text("error:")');
    expect(await text(bare, 'outcome')).toBe("error: this resource's view is not submittable.");
    await bare.click('[data-testid="close"]');
    await bare.waitForSelector('[data-testid="outcome"]:text("closable")');
    expect(await text(bare, 'outcome')).toBe("error: this resource's view is not closable.");
  });

  it('carries @forge/bridge events between the app’s frames on one page; unsubscribe stops them', async () => {
    const first = await mountProbe('light');
    const options: HarnessMountOptions = {
      resourceKey: 'probe',
      moduleKey: 'shipshape-issue-context',
      functionKey: 'probe-resolver',
      context: { extension: EXTENSION },
      theme: 'light',
      title: 'second probe',
      resourceOrigin: `http://localhost:${server.port}`,
    };
    await page.evaluate((mount) => window.sandboxHost.mountAlso(mount), options);
    const second = await (await page.waitForSelector('iframe[title="second probe"]')).contentFrame();
    if (!second) throw new Error('The second probe has no frame.');
    await second.waitForSelector('[data-testid="echo"]:not(:text("loading"))');

    await first.fill('[data-testid="config-input"]', 'one');
    await first.click('[data-testid="emit"]');
    await second.waitForSelector('[data-testid="events-received"]:has-text("one")');
    expect(JSON.parse(await text(second, 'events-received'))).toEqual([{ from: 'one' }]);
    // The first frame shows the event too and grows, which moves the second one down the page.
    await first.waitForSelector('[data-testid="events-received"]:has-text("one")');
    await frameSettled('second probe');

    // Pressed from the keyboard: a click aims at a position, and the frames may still be moving.
    await second.press('[data-testid="unsubscribe"]', 'Enter');
    await second.waitForSelector('[data-testid="outcome"]:text("unsubscribed")');
    await first.fill('[data-testid="config-input"]', 'two');
    await first.click('[data-testid="emit"]');
    await first.waitForSelector('[data-testid="events-received"]:has-text("two")');
    expect(JSON.parse(await text(second, 'events-received'))).toEqual([{ from: 'one' }]);
  });

  it('runs the probe under Forge’s Content-Security-Policy without a violation', async () => {
    const response = await page.request.get(`http://localhost:${server.port}/__sandbox/resources/probe/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(hostWarnings.filter((warning) => warning.includes('Content-Security-Policy'))).toEqual([]);
  });
});
