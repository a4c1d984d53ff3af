import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { systemClock } from '../../src/ports/clock';
import type { JiraClient } from '../../src/ports/jira-client';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { RESOLVER_RETRY_POLICY, VALIDATOR_RETRY_POLICY } from '../../src/jira/retry-policy';
import { validateTransition } from '../../src/validator/validate-transition';
import { FORGE_LIMITS, jsonBytes } from '../../src/forge-limits';
import type { ValidatorResult } from '../../src/validator/validator-args';
import { issueResolvers } from '../../src/resolvers/issue-resolvers';
import type { IssueResolverDeps } from '../../src/resolvers/resolver-deps';
import { configResolvers } from '../../src/config/config-resolvers';
import { insightsResolvers } from '../../src/insights-page/insights-resolvers';
import { bundledWords } from '../../src/adapters/bundled-words';
import { onIssueEvent, type TriggerResult } from '../../src/triggers/search-index-trigger';
import { TRIGGER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { issueContextStatus } from '../../src/issue-context/issue-context-status';
import type { FunctionHandler } from '../host/invoke-route';
import { localDaciHandlers } from './local-daci';
import { onPageEvent, type PageTriggerResult } from '../../src/triggers/decision-index-trigger';
import { SANDBOX_PLATFORM } from '../host/forge-context';
import { refreshLinkedItems } from '../../src/triggers/refresh-linked-items';
import { APP_EMAIL, SANDBOX_PASSWORD, findUserByAccountId } from '../standin/demo-users';
import { localQueue, type LocalQueue } from '../../src/adapters/local-queue';
import type { GateEvent } from '../../src/domain/insights/gate-event';
import { consumeGateEvent } from '../../src/insights/consume-gate-event';
import { reindexBatch } from '../../src/search-index/reindex-batch';
import type { ReindexEvent } from '../../src/search-index/reindex-job';

export interface LocalApp {
  /** The workflow validator (manifest function `validate-transition`), wired to local adapters. */
  validateTransition(args: unknown, context?: { accountId?: string }): Promise<ValidatorResult>;
  /** Forge's async events queue for gate events, consumed in-process by the app's consumer (manifest function `count-gate-event`). */
  gateEvents: LocalQueue<GateEvent>;
  /** The queue of search re-index batches after a gate change (manifest function `reindex-search`), consumed in-process. */
  reindex: LocalQueue<ReindexEvent>;
  /** Function module key → handler, for Custom UI resolvers invoked through the bridge. */
  functionHandlers: Record<string, FunctionHandler>;
  /** The search index trigger (manifest function `refresh-search-index`), for the stand-in's issue events. */
  refreshSearchIndex(event: unknown): Promise<TriggerResult>;
  /** The decision index trigger (manifest function `index-decisions`), for the stand-in's page events. */
  indexDecisions(event: unknown): Promise<PageTriggerResult>;
}

/** Jira as nobody: what a user-scoped call gets without a signed-in demo person. */
const signedOut: JiraClient = async () => ({
  status: 401,
  header: () => undefined,
  body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} },
});

const principalOf = (runtime: unknown): string | undefined => {
  const accountId = (runtime as { principal?: { accountId?: unknown } } | undefined)?.principal?.accountId;
  return typeof accountId === 'string' ? accountId : undefined;
};

/**
 * The sandbox's composition root: the app's own handlers with the local adapters behind its
 * ports (the HTTP Jira adapter calling the stand-in as the app, and a JSON-file store), where
 * Forge would wire `requestJira` and `@forge/kvs`. Forge's asUser() is bound to the invocation,
 * so the user-scoped client is made per call, for the person the runtime names.
 */
export function localApp(options: { baseUrl: string; store: KeyValueStore }): LocalApp {
  const jiraAsApp = httpJiraClient({ baseUrl: options.baseUrl, email: APP_EMAIL, apiToken: SANDBOX_PASSWORD });
  const gateEvents = localQueue<GateEvent>((body) => consumeGateEvent(body, { store: options.store, clock: systemClock }));
  const reindexJira = { client: jiraAsApp, clock: systemClock, retry: TRIGGER_RETRY_POLICY };
  const reindex: LocalQueue<ReindexEvent> = localQueue<ReindexEvent>((body) =>
    reindexBatch(body, { jira: reindexJira, store: options.store, send: (event) => reindex.send(event) }, systemClock.now, systemClock.now() + 20_000),
  );
  const jiraAs = (accountId: string | undefined): JiraClient => {
    const person = accountId === undefined ? undefined : findUserByAccountId(accountId);
    return person ? httpJiraClient({ baseUrl: options.baseUrl, email: person.emailAddress, apiToken: SANDBOX_PASSWORD }) : signedOut;
  };
  const validatorDeps = {
    jira: jiraAsApp,
    store: options.store,
    clock: systemClock,
    retry: VALIDATOR_RETRY_POLICY,
    words: bundledWords,
    sendEvent: gateEvents.send,
    // Offline impersonation of the mover: the stand-in serves Confluence on the same site as Jira.
    confluenceAs: (accountId: string) => jiraAs(accountId),
  };
  /** The ports every resolver function runs on, for the person Forge names as the caller. */
  const resolverDeps = (runtime: unknown): IssueResolverDeps => {
    const jiraAsUser = jiraAs(principalOf(runtime));
    // The stand-in serves Jira and Confluence on one site: the same person's client reaches both.
    return {
      jiraAsApp,
      jiraAsUser,
      confluenceAsUser: jiraAsUser,
      store: options.store,
      clock: systemClock,
      retry: RESOLVER_RETRY_POLICY,
      words: bundledWords,
      sendEvent: gateEvents.send,
      sendReindex: reindex.send,
    };
  };
  type Definitions = (event: never, runtime: Record<string, unknown> | undefined) => Promise<unknown>;
  const resolverFunction =
    (definitions: (deps: IssueResolverDeps) => Definitions): FunctionHandler =>
    (event, runtime) =>
      definitions(resolverDeps(runtime))(event as never, runtime as Record<string, unknown> | undefined);
  const issueResolver = resolverFunction(issueResolvers);
  const configResolver = resolverFunction(configResolvers);
  const insightsResolver = resolverFunction(insightsResolvers);
  // The issue context's dynamicProperties: Forge calls it with (payload, context), context.principal the viewer.
  const issueContextStatusHandler: FunctionHandler = (payload, runtime) =>
    issueContextStatus(payload, runtime, {
      jiraAsApp,
      jiraAsUser: jiraAs(principalOf(runtime)),
      store: options.store,
      clock: systemClock,
      retry: RESOLVER_RETRY_POLICY,
      words: bundledWords,
    });
  return {
    gateEvents,
    reindex,
    // Forge names the person moving the item in the invocation's context, as `principal`.
    validateTransition: (args, context) =>
      withinBackendPayload('the workflow validator', args, () =>
        validateTransition(args, validatorDeps, context?.accountId ? { principal: { accountId: context.accountId } } : undefined),
      ),
    refreshSearchIndex: (event) =>
      withinBackendPayload('the search index trigger', event, () =>
        onIssueEvent(event, { jira: jiraAsApp, store: options.store, clock: systemClock, retry: TRIGGER_RETRY_POLICY }),
      ),
    indexDecisions: (event) =>
      withinBackendPayload('the decision index trigger', event, () =>
        onPageEvent(event, {
          confluence: { client: jiraAsApp, clock: systemClock, retry: TRIGGER_RETRY_POLICY },
          store: options.store,
          appId: SANDBOX_PLATFORM.appId,
          itemsChanged: refreshLinkedItems({ client: jiraAsApp, clock: systemClock, retry: TRIGGER_RETRY_POLICY }, options.store),
        }),
      ),
    functionHandlers: {
      'issue-resolver': issueResolver,
      'issue-context-status': (payload, runtime) =>
        withinBackendPayload('the issue context status', payload, () => issueContextStatusHandler(payload, runtime)),
      'config-resolver': configResolver,
      'insights-resolver': insightsResolver,
      ...localDaciHandlers(options),
    },
  };
}

/** Forge invokes a function with at most 5 MB; the sandbox refuses a bigger payload as loudly. */
export function withinBackendPayload<T>(what: string, payload: unknown, run: () => T): T {
  const bytes = jsonBytes(payload);
  if (bytes > FORGE_LIMITS.backendPayloadBytes)
    throw new Error(`Forge does not invoke ${what} with ${bytes} bytes; its limit for a function's payload is ${FORGE_LIMITS.backendPayloadBytes} bytes.`);
  return run();
}
