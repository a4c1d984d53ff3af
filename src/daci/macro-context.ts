import * as z from 'zod';
import { failure, type ResolverError } from '../resolvers/envelope';
import type { Say } from '../domain/words/say';

/**
 * What Forge puts in a macro resolver's context: the caller (from the invocation's principal,
 * never from the frontend), the page, the macro's placement (`localId`) and its saved config.
 */
const macroContextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  localId: z.string().min(1).optional(),
  timezone: z.string().optional(),
  extension: z.looseObject({
    content: z.looseObject({ id: z.union([z.string(), z.number()]) }),
    isEditing: z.boolean().optional(),
    config: z.unknown().optional(),
  }),
});

export interface MacroPlacement {
  accountId: string;
  pageId: string;
  localId: string;
  timezone?: string;
  isEditing: boolean;
  config: unknown;
}

export function macroPlacementOf(context: unknown, say: Say): { ok: true; placement: MacroPlacement } | { ok: false; error: ResolverError } {
  const parsed = macroContextSchema.safeParse(context ?? {});
  if (!parsed.success) return failure('BAD_INPUT', say('daciErrors.unplaced'));
  const { accountId, localId, timezone, extension } = parsed.data;
  if (accountId === undefined) return failure('FORBIDDEN', say('daciErrors.logInTable'));
  if (inBlogPost(context)) return failure('BAD_INPUT', say('daciErrors.blogPost'));
  const pageId = String(extension.content.id);
  if (!/^\d{1,20}$/.test(pageId) || localId === undefined) return failure('BAD_INPUT', say('daciErrors.unplaced'));
  return {
    ok: true,
    placement: { accountId, pageId, localId, ...(timezone ? { timezone } : {}), isEditing: extension.isEditing === true, config: extension.config },
  };
}

/**
 * Whether the macro sits in a blog post. The decision index follows page events only, so a
 * decision in a blog post could never gate the work items it links: the table refuses to show,
 * sign off or save links there rather than look as if it counted.
 */
export const inBlogPost = (context: unknown): boolean =>
  (context as { extension?: { content?: { type?: unknown } } } | undefined)?.extension?.content?.type === 'blogpost';
