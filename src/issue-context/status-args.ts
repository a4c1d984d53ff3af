import * as z from 'zod';

const id = z.union([z.string().regex(/^\d{1,18}$/), z.number().int().nonnegative()]).transform(String);

/**
 * The payload Jira sends a `jira:issueContext` module's dynamicProperties function:
 * `{ cloudId, extension: { type, issue: { id, key, type, typeId }, project: { id, key, type } } }`.
 * Only the parts used are checked; the rest is passed over.
 */
export const statusPayloadSchema = z.looseObject({
  extension: z.looseObject({
    issue: z.looseObject({ id, key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/) }),
    project: z.looseObject({ key: z.string().min(1), id: id.optional().catch(undefined) }).optional(),
  }),
});

/** The invocation context Forge passes as the second argument: who is viewing (set by Forge, not by the page). */
export const statusContextSchema = z.looseObject({
  principal: z.looseObject({ accountId: z.string().min(1) }).optional(),
});
