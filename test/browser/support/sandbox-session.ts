import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/server/sandbox-server';
import { launchChromium, type LaunchedChromium } from './chromium';
import { recordActivity } from './page-activity';

export interface SandboxSession {
  sandbox: Sandbox;
  browser: Browser;
  /** Content-Security-Policy violations seen in any frame of any page opened with `openAs`. */
  cspViolations: string[];
  /** A fresh browser context (own cookies) signed in as the given demo person. */
  /** `locale`: the Forge context's locale for every app frame (the sandbox's Language switch). */
  openAs(accountId: string, theme?: 'light' | 'dark', locale?: 'en-US' | 'de-DE'): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Test-only extras passed through to `startSandbox` (e.g. the probe app as a manifest module). */
export type SandboxSessionOptions = Pick<SandboxOptions, 'extraResources' | 'extraModules' | 'extraFunctionHandlers'>;

/** A freshly seeded sandbox on a free loopback port, in its own state folder, and Debian's Chromium. */
export async function startSandboxSession(options: SandboxSessionOptions = {}): Promise<SandboxSession> {
  const stateDir = mkdtempSync(join(tmpdir(), 'shipshape-sandbox-'));
  const sandbox = await startSandbox({ ...options, root: resolve(__dirname, '../../..'), port: 0, stateDir, reset: true });
  let chromium: LaunchedChromium;
  try {
    chromium = await launchChromium();
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const cspViolations: string[] = [];
  return {
    sandbox,
    browser: chromium.browser,
    cspViolations,
    async openAs(accountId, theme = 'light', locale = 'en-US') {
      const context = await chromium.browser.newContext({ baseURL: sandbox.url, viewport: { width: 1280, height: 900 } });
      await context.addCookies([
        { name: 'sandbox-user', value: encodeURIComponent(accountId), url: sandbox.url },
        { name: 'sandbox-locale', value: locale, url: sandbox.url },
      ]);
      await context.addInitScript((mode) => localStorage.setItem('sandbox-theme', mode), theme);
      await watchCspViolations(context, theme, cspViolations);
      const page = await context.newPage();
      recordActivity(page);
      return { context, page };
    },
    async close() {
      await chromium.cleanup();
      await sandbox.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Records every `securitypolicyviolation` event of every frame (host page and app iframes). */
async function watchCspViolations(context: BrowserContext, theme: string, into: string[]): Promise<void> {
  await context.exposeBinding('__shipshapeCspViolation', ({ frame }, text: string) => void into.push(`${theme}: ${text} (${frame.url()})`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __shipshapeCspViolation?: (text: string) => void }).__shipshapeCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${e.sample ? ` "${e.sample}"` : ''} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export interface SandboxSuite {
  /** The suite's sandbox (started before its first test). */
  readonly session: SandboxSession;
  /** Collects a page's uncaught errors (pages from `session.openAs` are watched already). */
  watch(page: Page): void;
}

/**
 * One sandbox for a test file or describe block: started before its tests, closed after them;
 * every page its `openAs` opens is watched, and each test must end with no uncaught page error
 * and no Content-Security-Policy violation in any frame.
 */
export function sandboxSuite(options: SandboxSessionOptions = {}): SandboxSuite {
  let session: SandboxSession | undefined;
  const pageErrors: string[] = [];
  const watch = (page: Page) => void page.on('pageerror', (e) => pageErrors.push(e.message));
  beforeAll(async () => {
    const started = await startSandboxSession(options);
    session = {
      ...started,
      async openAs(accountId, theme, locale) {
        const opened = await started.openAs(accountId, theme, locale);
        watch(opened.page);
        return opened;
      },
    };
  });
  afterAll(() => session?.close());
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
    expect(session?.cspViolations.splice(0) ?? []).toEqual([]);
  });
  afterAll(() => expect(session?.sandbox.cspReports ?? []).toEqual([]));
  return {
    get session() {
      if (!session) throw new Error('The sandbox has not started: use the suite inside a test.');
      return session;
    },
    watch,
  };
}
