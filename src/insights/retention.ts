import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { readDoc } from '../storage/read-doc';

/** How long the insight figures and events are kept: 13 months unless a site admin chose otherwise. */
export const DEFAULT_RETENTION_MONTHS = 13;
export const INSIGHT_SETTINGS_KEY = 'insights:settings';
export const insightSettingsSchema = z.strictObject({ retentionMonths: z.number().int().min(1).max(60) });

const MONTH = 30.44 * 86_400_000;

export async function retentionMonths(store: KeyValueStore): Promise<number> {
  const settings = readDoc(insightSettingsSchema, INSIGHT_SETTINGS_KEY, await store.get(INSIGHT_SETTINGS_KEY));
  return settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

/** The oldest instant still kept. */
export const retainedFrom = (now: number, months: number): number => now - months * MONTH;
