import * as z from 'zod';
import { orList, plural, type Say } from '../words/say';

/** Who may do something: members of any listed group or project role, or any listed person. */
export const principalsSchema = z.strictObject({
  groups: z.array(z.string().min(1)).optional(),
  projectRoles: z.array(z.string().min(1)).optional(),
  accountIds: z.array(z.string().min(1)).optional(),
});
export type Principals = z.infer<typeof principalsSchema>;

/** Principals that name at least one group, project role or account id (an empty list names nobody). */
export const somebodySchema = principalsSchema.refine((p) => (p.groups?.length ?? 0) + (p.projectRoles?.length ?? 0) + (p.accountIds?.length ?? 0) > 0, {
  message: 'problems.principalsNeeded',
});

/**
 * A person as the app recorded them when they acted. `groups` and `projectRoles` are the
 * memberships the app itself verified at that moment (never taken from the caller's word).
 */
export interface Actor {
  accountId: string;
  groups?: string[];
  projectRoles?: string[];
}

export function principalsMatch(allowed: Principals | undefined, actor: Actor): boolean {
  if (!allowed) return false;
  const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const anyShared = (wanted: string[] | undefined, held: string[] | undefined) => !!wanted && !!held && wanted.some((w) => held.some((h) => sameName(w, h)));
  return (allowed.accountIds ?? []).includes(actor.accountId) || anyShared(allowed.groups, actor.groups) || anyShared(allowed.projectRoles, actor.projectRoles);
}

/** Who the principals name, in words for a message: "members of the qa group or people in the QA project role". */
export function describePrincipals(allowed: Principals, say: Say): string {
  const parts: string[] = [];
  const groups = allowed.groups ?? [];
  const roles = allowed.projectRoles ?? [];
  const people = allowed.accountIds?.length ?? 0;
  if (groups.length) parts.push(plural(say, 'gate.who.groups', groups.length, { names: orList(say, groups) }));
  if (roles.length) parts.push(plural(say, 'gate.who.roles', roles.length, { names: orList(say, roles) }));
  if (people) parts.push(plural(say, 'gate.who.people', people));
  return parts.length ? orList(say, parts) : say('gate.who.nobody');
}
