import * as z from 'zod';
import { criterionSchema } from './criterion-schema';
import { somebodySchema } from './principals';

export const GATES_FORMAT = 'shipshape.gates/v1';
export const MAX_CRITERIA_PER_GATE = 100;
export const MAX_GATES_PER_FILE = 100;
export const MAX_ENVIRONMENTS = 30;

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'problems.slug');

export const gateSchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).optional(),
  appliesTo: z.strictObject({ issueTypes: z.array(z.string().trim().min(1)).min(1, 'problems.workTypeNeeded') }).optional(),
  /** Who may verify expected behaviours on items this gate applies to; without it, anyone who may edit the item. */
  qaVerifiers: somebodySchema.optional(),
  /** The environments or builds QA verify on, offered when they record a result (they may type another). */
  environments: z.array(z.string().trim().min(1).max(100)).max(MAX_ENVIRONMENTS).optional(),
  /** Where QA's bugs from failed behaviours go: a project (default: the item's) and how they are linked (default "Blocks"). */
  bugs: z
    .strictObject({
      projectKey: z
        .string()
        .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'problems.projectKey')
        .optional(),
      linkType: z.string().trim().min(1).max(60).optional(),
    })
    .optional(),
  criteria: z.array(criterionSchema).min(1, 'problems.criterionNeeded').max(MAX_CRITERIA_PER_GATE),
});

export const gatesFileSchema = z.strictObject({
  format: z.literal(GATES_FORMAT, { error: (i) => `expected "${GATES_FORMAT}", got ${JSON.stringify(i.input)}` }),
  gates: z.array(gateSchema).max(MAX_GATES_PER_FILE),
});

export type Gate = z.infer<typeof gateSchema>;
export type GatesFile = z.infer<typeof gatesFileSchema>;
