import { invoke } from '@forge/bridge';
import type { Envelope } from '../../../src/resolvers/envelope';
import type { PanelData } from '../../../src/resolvers/panel-data';

const UNREACHABLE = 'Shipshape could not be reached. Collapse and expand this panel to try again.';

const isEnvelope = (value: unknown): value is Envelope<PanelData> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The screen's one backend call: `getPanel` of the issue resolver, as data or a message to show. */
export async function getPanel(): Promise<{ ok: true; panel: PanelData } | { ok: false; message: string }> {
  try {
    const answer: unknown = await invoke('getPanel');
    if (!isEnvelope(answer)) return { ok: false, message: UNREACHABLE };
    return answer.ok ? { ok: true, panel: answer.data } : { ok: false, message: answer.error.message };
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
}
