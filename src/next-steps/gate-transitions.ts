import * as z from 'zod';
import { getWorkflowRuleConfigs } from '../jira/get-workflow-rule-configs';
import type { KeyValueStore } from '../ports/key-value-store';
import { asApp, nowIso, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { usageFromRules } from '../config/rule-usage';

/**
 * Which published transitions each gate guards, read from Jira's list of Shipshape's validator
 * rules and kept for a few minutes: the panel asks on every load, and the list changes only when
 * an admin edits a workflow (the rule screen's save forgets it at once).
 */
export const GATE_TRANSITIONS_KEY = 'gate-transitions';
export const GATE_TRANSITIONS_MAX_AGE_MS = 10 * 60_000;
/** Bounded far below Forge's 240 KiB a value (an entry is ~150 bytes). */
export const MAX_GATE_TRANSITIONS = 1000;

export interface GuardedTransition {
  gateId: string;
  transitionId: string;
  transitionName: string;
}

const cachedSchema = z.looseObject({
  at: z.string(),
  rules: z.array(z.looseObject({ gateId: z.string(), transitionId: z.string(), transitionName: z.string() })).max(MAX_GATE_TRANSITIONS),
});

async function readCached(store: KeyValueStore): Promise<{ at: number; rules: GuardedTransition[] } | undefined> {
  const parsed = cachedSchema.safeParse(await store.get(GATE_TRANSITIONS_KEY));
  return parsed.success ? { at: Date.parse(parsed.data.at), rules: parsed.data.rules } : undefined;
}

/** The transitions each gate guards: fresh from the cache, else from Jira (as the app); a stale copy when Jira cannot be read; undefined when nothing is known. */
export async function gateTransitions(deps: IssueResolverDeps): Promise<GuardedTransition[] | undefined> {
  const cached = await readCached(deps.store);
  if (cached && deps.clock.now() - cached.at < GATE_TRANSITIONS_MAX_AGE_MS) return cached.rules;
  const read = await getWorkflowRuleConfigs(asApp(deps));
  if (!read.ok) return cached?.rules;
  // The settings page's reading of the same list: gate id → the rules that name it.
  const rules: GuardedTransition[] = Object.entries(usageFromRules(read.rules).byGate).flatMap(([gateId, places]) =>
    places.flatMap(({ draft, disabled, transition }) =>
      draft || disabled || !transition ? [] : [{ gateId, transitionId: transition.id, transitionName: transition.name }],
    ),
  );
  const kept = rules.slice(0, MAX_GATE_TRANSITIONS);
  await deps.store.set(GATE_TRANSITIONS_KEY, { at: nowIso(deps), rules: kept });
  return kept;
}

/** Forgets the cached list (a rule was saved): the next panel load reads Jira's. */
export const forgetGateTransitions = (store: KeyValueStore): Promise<void> => store.delete(GATE_TRANSITIONS_KEY);
