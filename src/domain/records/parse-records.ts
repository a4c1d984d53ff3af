import { itemRecordsSchema, emptyRecords, type ItemRecords } from './records-schema';
import { problemsFromZod, type Parsed } from '../problems';

/** Absent records are empty records; present ones must match the format exactly. */
export function parseRecords(input: unknown): Parsed<ItemRecords> {
  if (input === undefined || input === null) return { ok: true, value: emptyRecords() };
  const result = itemRecordsSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}
