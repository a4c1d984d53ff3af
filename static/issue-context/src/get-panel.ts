import { callResolver } from '../../shared/call-resolver';
import type { PanelData } from '../../../src/resolvers/panel-data';

/** The screen's one backend call: `getPanel` of the issue resolver, as data or a message to show. */
export async function getPanel(): Promise<{ ok: true; panel: PanelData } | { ok: false; message: string }> {
  const answer = await callResolver<PanelData>('context', 'getPanel');
  return answer.ok ? { ok: true, panel: answer.data } : { ok: false, message: answer.error.message };
}
