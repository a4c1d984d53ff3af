import { callResolver } from '../../shared/call-resolver';
import type { PanelData } from '../../../src/resolvers/panel-data';

const CONTEXT = { name: 'this panel', retry: 'Collapse and expand this panel to try again.' };

/** The screen's one backend call: `getPanel` of the issue resolver, as data or a message to show. */
export async function getPanel(): Promise<{ ok: true; panel: PanelData } | { ok: false; message: string }> {
  const answer = await callResolver<PanelData>(CONTEXT, 'getPanel');
  return answer.ok ? { ok: true, panel: answer.data } : { ok: false, message: answer.error.message };
}
