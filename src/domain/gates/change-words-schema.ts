import * as z from 'zod';
import type { ChangeWords } from './change-words';

const count = z.number().int().min(0);

/** Stored change words: only keys the translation files have, every text bounded (screens import change-words.ts, without zod). */
export const changeWordsSchema: z.ZodType<ChangeWords> = z.union([
  z.strictObject({ key: z.enum(['none', 'deleted']) }),
  z.strictObject({ key: z.literal('gates'), count }),
  z.strictObject({
    key: z.enum(['gate', 'gateFor']),
    count,
    values: z.strictObject({ name: z.string().max(500), types: z.string().max(500).optional(), required: count, ids: z.string().max(500) }),
  }),
  z.strictObject({ key: z.literal('imported'), count, values: z.strictObject({ file: count, changes: count }) }),
]);
