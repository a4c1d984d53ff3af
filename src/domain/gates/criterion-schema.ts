import * as z from 'zod';
import { somebodySchema as somebody } from './principals';

export const HANDOFF_SECTIONS = ['summary', 'expectedBehaviours', 'riskAreas', 'testData', 'releaseNotes'] as const;
export type HandoffSection = (typeof HANDOFF_SECTIONS)[number];

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a slug: 1-64 characters a-z, 0-9 or "-"');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const common = {
  id: slug,
  label: text(200).optional(),
  required: z.boolean().optional(),
  hint: text(1000).optional(),
  waivableBy: somebody.optional(),
};

const fieldSet = z.strictObject({ ...common, kind: z.literal('field-set'), field: text(255) });
const labels = z
  .strictObject({ ...common, kind: z.literal('labels'), require: z.array(text(255)).optional(), forbid: z.array(text(255)).optional() })
  .refine((c) => (c.require?.length ?? 0) + (c.forbid?.length ?? 0) > 0, { message: 'needs at least one label in "require" or "forbid"' });
const subtasksDone = z.strictObject({ ...common, kind: z.literal('subtasks-done') });
const linksResolved = z.strictObject({
  ...common,
  kind: z.literal('links-resolved'),
  linkType: text(255),
  direction: z.enum(['inward', 'outward', 'both']).optional(),
});
const manual = z.strictObject({ ...common, kind: z.literal('manual') });
const approval = z.strictObject({
  ...common,
  kind: z.literal('approval'),
  approvers: somebody,
  count: z.number().int().min(1).max(20).optional(),
});
const handoffComplete = z.strictObject({
  ...common,
  kind: z.literal('handoff-complete'),
  sections: z
    .array(z.enum(HANDOFF_SECTIONS))
    .min(1)
    .refine((s) => new Set(s).size === s.length, { message: 'lists a section twice' })
    .optional(),
});
const behavioursVerified = z.strictObject({ ...common, kind: z.literal('behaviours-verified') });

const kinds = [fieldSet, labels, subtasksDone, linksResolved, manual, approval, handoffComplete, behavioursVerified] as const;
export const CRITERION_KINDS = [
  'field-set',
  'labels',
  'subtasks-done',
  'links-resolved',
  'manual',
  'approval',
  'handoff-complete',
  'behaviours-verified',
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const criterionSchema = z.discriminatedUnion('kind', kinds, {
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined;
    const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
    const expected = `expected one of ${CRITERION_KINDS.join(', ')}`;
    return kind === undefined ? `required; ${expected}` : `unknown kind ${JSON.stringify(kind)}; ${expected}`;
  },
});

export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;
