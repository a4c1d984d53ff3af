/** The DACI table's fixed values, apart from its zod schema so a screen can use them without bundling zod. */
export const DACI_FORMAT = 'shipshape.daci/v1';
export const DECISION_STATUSES = ['not-started', 'in-progress', 'decided', 'deferred'] as const;
export const IMPACTS = ['high', 'medium', 'low'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export type Impact = (typeof IMPACTS)[number];
