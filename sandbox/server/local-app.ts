import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { systemClock } from '../../src/ports/clock';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { VALIDATOR_RETRY_POLICY } from '../../src/jira/retry-policy';
import { validateTransition } from '../../src/validator/validate-transition';
import type { ValidatorResult } from '../../src/validator/validator-args';
import type { FunctionHandler } from '../host/invoke-route';
import { APP_EMAIL, SANDBOX_PASSWORD } from '../standin/demo-users';

export interface LocalApp {
  /** The workflow validator (manifest function `validate-transition`), wired to local adapters. */
  validateTransition(args: unknown): Promise<ValidatorResult>;
  /** Function module key → handler, for Custom UI resolvers invoked through the bridge. */
  functionHandlers: Record<string, FunctionHandler>;
}

/**
 * The sandbox's composition root: the app's own handlers with the local adapters behind its
 * ports (the HTTP Jira adapter calling the stand-in as the app, and a JSON-file store), where
 * Forge would wire `requestJira` and `@forge/kvs`.
 */
export function localApp(options: { baseUrl: string; store: KeyValueStore }): LocalApp {
  const jiraAsApp = httpJiraClient({ baseUrl: options.baseUrl, email: APP_EMAIL, apiToken: SANDBOX_PASSWORD });
  const validatorDeps = { jira: jiraAsApp, store: options.store, clock: systemClock, retry: VALIDATOR_RETRY_POLICY };
  return {
    validateTransition: (args) => validateTransition(args, validatorDeps),
    functionHandlers: {},
  };
}
