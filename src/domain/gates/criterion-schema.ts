import * as z from 'zod';
import { keyedMessage } from '../zod-problems';
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
    const kinds = CRITERION_KINDS.join(', ');
    if (kind === undefined) return keyedMessage('problems.kindRequired', { kinds });
    return keyedMessage('problems.unknownKind', { kind: typeof kind === 'string' ? kind : JSON.stringify(kind), kinds });
  },
}) as unknown as z.ZodType<Criterion>;

export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;
