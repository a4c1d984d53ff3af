import * as z from 'zod';

/** Pieces of the resolvers' payloads. Payloads are strict: an unknown property is BAD_INPUT. */
const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'problems.slug');

export const issueIdSchema = z.string().regex(/^\d{1,18}$/, 'problems.itemId');
export const revisionSchema = z.number().int().min(0);
export const entryIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'problems.entryId');

/** The work item (default: the panel's, from the Forge context) and the revision the client last read. */
export const writeTarget = { issueId: issueIdSchema.optional(), revision: revisionSchema };

/** A criterion of one of the item's gates. */
export const criterionTarget = { ...writeTarget, gateId: slug, criterionId: slug };

export type CriterionTarget = { issueId?: string | undefined; revision: number; gateId: string; criterionId: string };
