import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { updateAtomically } from '../storage/update-atomically';

/**
 * The gate ids chosen on Shipshape's rule screen. Jira keeps the rules themselves and the settings
 * page reads them from Jira (rule-usage.ts); this is only the fallback when Jira cannot be read
 * (a rule set or removed elsewhere is not seen here).
 */
export const GATE_USAGE_KEY = 'gates-usage';
const usageSchema = z.looseObject({ gateIds: z.record(z.string(), z.looseObject({ at: z.string(), accountId: z.string() })) });
export type GateUsage = Record<string, { at: string; accountId: string }>;

/** At most this many gate ids are remembered (the oldest go first), so the value stays far below Forge's 240 KiB. */
export const MAX_REMEMBERED_GATES = 500;

const usageOf = (raw: unknown): GateUsage => {
  const parsed = usageSchema.safeParse(raw);
  return parsed.success ? parsed.data.gateIds : {};
};

export const loadGateUsage = async (store: KeyValueStore): Promise<GateUsage> => usageOf(await store.get(GATE_USAGE_KEY));

/** Remembers that a rule names `gateId`, with a conditional write so two admins saving rules at once both count. */
export async function noteGateUsed(store: KeyValueStore, gateId: string, stamp: { at: string; accountId: string }): Promise<void> {
  await updateAtomically(store, [GATE_USAGE_KEY], ([raw]) => {
    const entries = new Map(Object.entries(usageOf(raw)));
    entries.delete(gateId);
    entries.set(gateId, stamp);
    const kept = [...entries].slice(-MAX_REMEMBERED_GATES);
    return { writes: [{ key: GATE_USAGE_KEY, value: { gateIds: Object.fromEntries(kept) } }], answer: undefined };
  });
}
