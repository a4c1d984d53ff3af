import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * The gate ids chosen on Shipshape's rule screen. Jira keeps the rules themselves and the settings
 * page reads them from Jira (rule-usage.ts); this is only the fallback when Jira cannot be read
 * (a rule set or removed elsewhere is not seen here).
 */
export const GATE_USAGE_KEY = 'gates-usage';
const usageSchema = z.looseObject({ gateIds: z.record(z.string(), z.looseObject({ at: z.string(), accountId: z.string() })) });
export type GateUsage = Record<string, { at: string; accountId: string }>;

export async function loadGateUsage(store: KeyValueStore): Promise<GateUsage> {
  const parsed = usageSchema.safeParse(await store.get(GATE_USAGE_KEY));
  return parsed.success ? parsed.data.gateIds : {};
}

export async function noteGateUsed(store: KeyValueStore, gateId: string, stamp: { at: string; accountId: string }): Promise<void> {
  const usage = await loadGateUsage(store);
  await store.set(GATE_USAGE_KEY, { gateIds: { ...usage, [gateId]: stamp } });
}
