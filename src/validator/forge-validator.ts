import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeWords } from '../adapters/forge-words';
import { systemClock } from '../ports/clock';
import { VALIDATOR_RETRY_POLICY } from '../jira/retry-policy';
import { validateTransition as validate } from './validate-transition';
import type { ValidatorResult } from './validator-args';

/** The `jira:workflowValidator` function: the core validator wired to Forge's adapters. */
export function validateTransition(args: unknown): Promise<ValidatorResult> {
  return validate(args, { jira: forgeJiraClient, store: forgeKvsStore, clock: systemClock, retry: VALIDATOR_RETRY_POLICY, words: forgeWords });
}
