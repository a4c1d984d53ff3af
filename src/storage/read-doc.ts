import type * as z from 'zod';

/**
 * A stored insight value through its schema. Only the app writes these; one that does not read
 * (a bug, or a hand edit) is started afresh rather than stopping every later event, and said in
 * the app's log. The event log keeps every event, so nothing is lost for good.
 */
export function readDoc<T>(schema: z.ZodType<T>, key: string, raw: unknown): T | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error(`shipshape: insights value at ${key} did not read and is started afresh`, parsed.error.issues.slice(0, 3));
  return undefined;
}
