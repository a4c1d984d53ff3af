import { callResolver as call } from '../../shared/call-resolver';
import type { Envelope, PanelData, ResolverName } from './types';

/** Calls one of the panel's resolvers; every one answers the fresh PanelData. */
export const callResolver = (name: ResolverName, payload: Record<string, unknown> = {}): Promise<Envelope<PanelData>> =>
  call<PanelData>('panel', name, payload);
