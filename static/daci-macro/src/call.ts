import { invoke } from '@forge/bridge';
import type { Envelope } from './types';

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** Calls one resolver; a failed invoke or an unreadable answer becomes an error envelope too. */
export async function call<T>(name: 'getTable' | 'signOff' | 'searchPeople', payload: Record<string, unknown> = {}): Promise<Envelope<T>> {
  try {
    const answer: unknown = await invoke(name, payload);
    if (isEnvelope(answer)) return answer as Envelope<T>;
    return { ok: false, error: { code: 'INTERNAL', message: 'Shipshape gave an answer the table cannot read. Reload the page and try again.' } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Shipshape could not be reached (${detail}). Reload the page and try again.` } };
  }
}
