import type { KeyValueStore } from '../ports/key-value-store';
import type { ItemRecords } from '../domain/records/records-schema';
import { parseRecords } from '../domain/records/parse-records';
import type { Parsed } from '../domain/problems';

/** Records are keyed by the work item's id, which (unlike its key) survives a move to another project. */
export const recordsKey = (issueId: string) => `records:${issueId}`;

export async function loadRecords(store: KeyValueStore, issueId: string): Promise<Parsed<ItemRecords>> {
  return parseRecords(await store.get(recordsKey(issueId)));
}

/** The revision a client must name to write: 0 for records never written through the app. */
export const revisionOf = (records: ItemRecords) => records.revision ?? 0;
