import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeConfluenceClientAs } from '../adapters/forge-confluence-client';
import { forgeWords } from '../adapters/forge-words';
import { forgeSendGateEvent } from '../adapters/forge-gate-event-queue';
import { systemClock } from '../ports/clock';
import { VALIDATOR_RETRY_POLICY } from '../jira/retry-policy';
import { validateTransition as validate } from './validate-transition';
import type { ValidatorResult } from './validator-args';

const sendEvent = forgeSendGateEvent();

/** The `jira:workflowValidator` function: the core validator wired to Forge's adapters; `context` names who moves the item. */
export function validateTransition(args: unknown, context?: unknown): Promise<ValidatorResult> {
  return validate(
    args,
    {
      jira: forgeJiraClient,
      store: forgeKvsStore,
      clock: systemClock,
      retry: VALIDATOR_RETRY_POLICY,
      words: forgeWords,
      sendEvent,
      confluenceAs: forgeConfluenceClientAs,
    },
    context,
  );
}
