import { attachmentLinkRoute } from './attachment-link';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createStandIn, type StandIn } from '../standin/standin-server';
import { seedAppStorage } from '../standin/seed';
import { seedInsightsStorage } from '../standin/seed-insights';
import { projectCatalogKey } from '../../src/insights/insight-keys';
import { PROJECT_ID } from '../standin/seed-config';
import { fileStore, type FileStore } from '../state/file-store';
import { serveResources } from '../host/serve-resources';
import { cspReportRoute, type CspReport } from './csp-reports';
import { invokeRoute, type FunctionHandler } from '../host/invoke-route';
import type { CustomUiModule } from '../host/manifest';
import { localApp, type LocalApp } from './local-app';
import { indexAllItems, indexAllPages } from './index-all-items';
import { indexedValuesFromFile } from '../standin/entity-property-index';
import { sandboxApi } from './sandbox-api';
import { issueContextRoute } from './issue-context-route';
import { chromePage } from './chrome-page';
import { currentLocale, currentUser } from './session-cookie';
import { handleConfluenceAvatar } from '../standin/routes/confluence-avatars';

export interface SandboxOptions {
  /** The app's root folder (manifest.yml, static/). */
  root: string;
  /** 0 picks a free port. */
  port: number;
  /** Where state is kept between runs; default `<root>/.sandbox`. */
  stateDir?: string;
  /** Seed the stand-in and the app's storage afresh. */
  reset?: boolean;
  /**
   * For tests only: plug in a Custom UI app as if manifest.yml declared it. Resource key →
   * built folder (served like the manifest's `resources`), modules added to (or replacing, by
   * type and key) the manifest's in `GET /__sandbox/api/modules`, and function module key →
   * handler for the invoke route. `npm start` passes none of these.
   */
  extraResources?: Readonly<Record<string, string>>;
  extraModules?: readonly CustomUiModule[];
  extraFunctionHandlers?: Readonly<Record<string, FunctionHandler>>;
}

export interface Sandbox {
  url: string;
  standIn: StandIn;
  store: FileStore;
  app: LocalApp;
  /** Content-Security-Policy violations the browser reported from app frames, oldest first. */
  cspReports: CspReport[];
  /** The instant the quarter of insight history was seeded back from (undefined: kept from an earlier start). */
  readonly insightsSeededAt: number | undefined;
  close(): Promise<void>;
}

/** Adds the quarter of insight history when asked to, or when the store has none (one write); answers the instant it was seeded from. */
async function seedInsights(store: FileStore, now: number, force: boolean): Promise<number | undefined> {
  if (!force && (await store.get(projectCatalogKey(PROJECT_ID))) !== undefined) return undefined;
  await store.seed({ ...(await store.snapshot()), ...(await seedInsightsStorage(now)) });
  return now;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Starts the sandbox: the stand-in Jira/Confluence, the app's handlers behind local adapters,
 * Custom UI hosting, the sandbox's API and its chrome, on one loopback port.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const stateDir = options.stateDir ?? join(options.root, '.sandbox');
  const manifestPath = resolve(options.root, 'manifest.yml');
  const store = fileStore(join(stateDir, 'storage.json'));
  if (options.reset) await store.seed(seedAppStorage());
  else await store.seedIfAbsent(seedAppStorage());
  let insightsSeededAt = await seedInsights(store, Date.now(), options.reset === true);

  // Set once the server listens (the app needs its URL); the stand-in's callbacks run after that.
  let app: LocalApp | undefined = undefined;
  const standIn = createStandIn({
    dataFile: join(stateDir, 'jira.json'),
    ...(options.reset ? { reset: true } : {}),
    runRule: async (rule, args, context) => (rule.type === 'shipshape-gate' ? app!.validateTransition(args, context) : { result: true }),
    indexedValues: indexedValuesFromFile(manifestPath),
    onIssueEvent: (event) => app?.refreshSearchIndex(event),
    onPageEvent: (event) => app?.indexDecisions(event),
  });
  const reset = async () => {
    standIn.reset();
    await store.seed(seedAppStorage());
    insightsSeededAt = await seedInsights(store, Date.now(), true);
    if (!app) return;
    // Decisions first: the items' search summaries count the decisions that link them.
    await indexAllPages(standIn, app);
    await indexAllItems(standIn, app);
  };

  const handlers: Handler[] = [];
  const cspReports: CspReport[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      for (const handle of handlers) if (await handle(req, res)) return;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found in the sandbox');
    })().catch((error: unknown) => {
      console.error('[sandbox]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The sandbox failed on this request; see its console.');
    });
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;

  app = localApp({ baseUrl: url, store });
  handlers.push(
    (req, res) => standIn.handle(req, res),
    attachmentLinkRoute((req, res) => standIn.handle(req, res)),
    async (req, res) => handleConfluenceAvatar(req, res),
    sandboxApi({ standIn, manifestPath, reset, ...(options.extraModules ? { extraModules: options.extraModules } : {}) }),
    cspReportRoute(cspReports),
    serveResources({ root: options.root, manifestPath, ...(options.extraResources ? { extraResources: options.extraResources } : {}) }),
    invokeRoute({
      handlers: { ...app.functionHandlers, ...options.extraFunctionHandlers },
      currentAccountId: (req) => currentUser(req).accountId,
      contextFor: (_moduleKey, req) => ({ locale: currentLocale(req) }),
    }),
    issueContextRoute({
      manifestPath,
      handlers: { ...app.functionHandlers, ...options.extraFunctionHandlers },
      setProfileLocale: (accountId, locale) => standIn.setProfileLocale(accountId, locale),
    }),
    chromePage(),
  );
  await indexAllPages(standIn, app);
  await indexAllItems(standIn, app);
  return {
    url,
    standIn,
    store,
    app,
    cspReports,
    get insightsSeededAt() {
      return insightsSeededAt;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
