import * as z from 'zod';

/** A Jira work item key, as a decision links it (ABC-123). Its own module, so the validator's bundle need not carry the table's schema. */
export const workItemKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}$/, 'problems.itemKey');
