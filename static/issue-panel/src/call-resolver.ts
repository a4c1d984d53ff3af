import { invoke } from '@forge/bridge';
import type { Envelope, PanelData, ResolverName } from './types';

const isEnvelope = (value: unknown): value is Envelope<PanelData> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** Calls one resolver; a failed invoke or an unreadable answer becomes an error envelope too. */
export async function callResolver(name: ResolverName, payload: Record<string, unknown> = {}): Promise<Envelope<PanelData>> {
  try {
    const answer: unknown = await invoke(name, payload);
    if (isEnvelope(answer)) return answer;
    return { ok: false, error: { code: 'INTERNAL', message: 'Shipshape gave an answer the panel cannot read. Reload the panel and try again.' } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Shipshape could not be reached (${detail}). Reload the panel and try again.` } };
  }
}
