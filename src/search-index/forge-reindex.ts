import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeSendReindex } from '../adapters/forge-reindex-queue';
import { systemClock } from '../ports/clock';
import { TRIGGER_RETRY_POLICY } from '../jira/retry-policy';
import { reindexBatch } from './reindex-batch';

/** Each batch stops taking new items after this long, well inside Forge's limit. */
const BATCH_MS = 20_000;
const send = forgeSendReindex();

/** The consumer of the `search-reindex` queue: one batch; a Jira outage asks for the batch again in a minute. */
export async function reindexSearch(event: AsyncEvent): Promise<InvocationError | undefined> {
  const started = systemClock.now();
  const deps = { jira: { client: forgeJiraClient, clock: systemClock, retry: TRIGGER_RETRY_POLICY }, store: forgeKvsStore, send };
  const outcome = await reindexBatch(event.body, deps, () => systemClock.now(), started + BATCH_MS);
  return outcome === 'retry' ? new InvocationError({ retryAfter: 60, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST }) : undefined;
}
