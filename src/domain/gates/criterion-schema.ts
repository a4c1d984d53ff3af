import * as z from 'zod';
import { CRITERION_KINDS, kindSchemas, type Criterion, type CriterionKind } from '../criteria/kinds';

export { CRITERION_KINDS, type Criterion, type CriterionKind };
export { HANDOFF_SECTIONS, type HandoffSection } from '../handoff/handoff-sections';

// Each kind's schema is a strict object with `kind: z.literal(...)` (criteria/<kind>/<kind>-schema.ts).
const options = kindSchemas() as unknown as [z.ZodObject, ...z.ZodObject[]];

/** A criterion of any registered kind, with a message naming the kinds when `kind` is wrong. */
export const criterionSchema: z.ZodType<Criterion> = z.discriminatedUnion('kind', options, {
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined;
    const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
    const expected = `expected one of ${CRITERION_KINDS.join(', ')}`;
    return kind === undefined ? `required; ${expected}` : `unknown kind ${JSON.stringify(kind)}; ${expected}`;
  },
}) as unknown as z.ZodType<Criterion>;

export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;
