import * as z from 'zod';
import { failure, type ResolverError } from '../resolvers/envelope';
import type { Say } from '../domain/words/say';

/** What Forge puts in a space page module's resolver context: the caller (from the platform) and the space. */
const spaceContextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  timezone: z.string().optional(),
  extension: z.looseObject({ space: z.looseObject({ id: z.union([z.string(), z.number()]), key: z.string().optional() }) }),
});

export interface SpacePlacement {
  accountId: string;
  spaceId: string;
  spaceKey?: string;
  timezone?: string;
}

export function spacePlacementOf(context: unknown, say: Say): { ok: true; placement: SpacePlacement } | { ok: false; error: ResolverError } {
  const parsed = spaceContextSchema.safeParse(context ?? {});
  const spaceId = parsed.success ? String(parsed.data.extension.space.id) : '';
  if (!parsed.success || !/^\d{1,20}$/.test(spaceId)) return failure('BAD_INPUT', say('daciErrors.noSpace'));
  const { accountId, timezone, extension } = parsed.data;
  if (accountId === undefined) return failure('FORBIDDEN', say('daciErrors.logInRegister'));
  return {
    ok: true,
    placement: { accountId, spaceId, ...(extension.space.key ? { spaceKey: extension.space.key } : {}), ...(timezone ? { timezone } : {}) },
  };
}
