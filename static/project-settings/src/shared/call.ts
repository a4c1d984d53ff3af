import { invoke } from '@forge/bridge';

export interface Problem {
  path: string;
  message: string;
}
export interface ResolverError {
  code: string;
  message: string;
  problems?: Problem[];
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** Calls one resolver of `config-resolver`; a failed invoke or an unreadable answer becomes an error envelope too. */
export async function call<T>(name: string, payload: Record<string, unknown> = {}): Promise<Envelope<T>> {
  try {
    const answer: unknown = await invoke(name, payload);
    if (isEnvelope(answer)) return answer as Envelope<T>;
    return { ok: false, error: { code: 'INTERNAL', message: 'Shipshape gave an answer this page cannot read. Reload and try again.' } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Shipshape could not be reached (${detail}). Reload and try again.` } };
  }
}
