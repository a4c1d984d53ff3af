import * as z from 'zod';

/** What Jira passes to a Forge workflow validator function (see the jira:workflowValidator docs). */
export const validatorArgsSchema = z.looseObject({
  issue: z.looseObject({ key: z.string().min(1) }),
  configuration: z.unknown().optional(),
  transition: z
    .looseObject({
      from: z.looseObject({ id: z.string().optional() }).optional(),
      to: z.looseObject({ id: z.string().optional() }).optional(),
      // A malformed value is ignored rather than blocking: the fields are still read from Jira.
      modifiedFields: z.record(z.string(), z.unknown()).nullish().catch(undefined),
    })
    .optional(),
});
export type ValidatorArgs = z.infer<typeof validatorArgsSchema>;

export interface ValidatorResult {
  result: boolean;
  errorMessage?: string;
}
