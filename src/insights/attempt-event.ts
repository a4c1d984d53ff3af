import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { failingRequired, type Verdict } from '../domain/verdict';
import type { AttemptEvent } from '../domain/insights/gate-event';

/**
 * Who moved the item, as the platform names them in the function's context. Forge's validator
 * docs do not list the context's fields: both places Forge uses for the invoking person are read,
 * and an event without one says nobody.
 */
const contextSchema = z.looseObject({
  accountId: z.string().min(1).max(128).optional().catch(undefined),
  principal: z
    .looseObject({ accountId: z.string().min(1).max(128).optional().catch(undefined) })
    .optional()
    .catch(undefined),
});

export function invokerOf(context: unknown): string | undefined {
  const parsed = contextSchema.safeParse(context ?? {});
  return parsed.success ? (parsed.data.principal?.accountId ?? parsed.data.accountId) : undefined;
}

export interface AttemptFacts {
  at: number;
  projectId: string;
  item: { id: string; key: string };
  by?: string;
  from?: string;
  to?: string;
}

/** The event a checked transition leaves: passed or blocked, and by which criteria. */
export function attemptEvent(verdict: Verdict, facts: AttemptFacts): AttemptEvent {
  return {
    kind: 'attempt',
    id: randomUUID(),
    at: facts.at,
    projectId: facts.projectId,
    itemId: facts.item.id,
    itemKey: facts.item.key,
    ...(facts.by ? { by: facts.by } : {}),
    ...(facts.from ? { from: facts.from.slice(0, 32) } : {}),
    ...(facts.to ? { to: facts.to.slice(0, 32) } : {}),
    gateId: verdict.gate,
    passed: verdict.passed,
    failing: failingRequired(verdict).map((r) => r.id),
    waived: verdict.results.filter((r) => r.status === 'waived').map((r) => r.id),
  };
}
