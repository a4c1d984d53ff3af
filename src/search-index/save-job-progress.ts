import type * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SendReindex } from '../ports/reindex-queue';
import { readDoc } from '../storage/read-doc';
import { updateAtomically } from '../storage/update-atomically';
import type { ReindexEvent } from './reindex-job';

type Job = { jobId: string; state: 'running' | 'done' | 'failed' };
export type Saved = 'continued' | 'done' | 'failed' | 'superseded';

/**
 * Saves a re-index job's progress under `key` unless a newer job replaced it meanwhile (its id
 * moved), then queues its next batch (`event`) while it still runs. A project's job and the
 * site's share this.
 */
export async function saveJobProgress<J extends Job>(
  deps: { store: KeyValueStore; send: SendReindex },
  key: string,
  schema: z.ZodType<J>,
  was: J,
  next: J,
  event: ReindexEvent,
): Promise<Saved> {
  const saved = await updateAtomically(deps.store, [key], ([raw]) =>
    readDoc(schema, key, raw)?.jobId === was.jobId ? { writes: [{ key, value: next }], answer: true } : { answer: false },
  );
  if (saved !== true) return 'superseded';
  if (next.state !== 'running') return next.state;
  await deps.send(event);
  return 'continued';
}
