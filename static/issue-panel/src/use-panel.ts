import { useCallback, useEffect, useRef, useState } from 'react';
import { events } from '@forge/bridge';
import { PANEL_CHANGED_EVENT } from '../../../src/resolvers/panel-event';
import { callResolver } from './call-resolver';
import type { Envelope, PanelData, ResolverError, ResolverName } from './types';

export type WriteName = Exclude<ResolverName, 'getPanel'>;

export interface PanelState {
  panel?: PanelData;
  /** Set when the last getPanel failed (the last good data, if any, stays shown). */
  loadError?: ResolverError;
  loading: boolean;
  /** A write is in flight: actions are disabled so nothing is sent twice. */
  busy: boolean;
  reload(): Promise<Envelope<PanelData>>;
  /** Sends a write with the panel's current revision unless the payload names one. */
  write(name: WriteName, payload: Record<string, unknown>): Promise<Envelope<PanelData>>;
}

/** The panel's one piece of server state: one getPanel on load; every write answers fresh data. */
export function usePanel(): PanelState {
  const [panel, setPanel] = useState<PanelData>();
  const [loadError, setLoadError] = useState<ResolverError>();
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const revision = useRef<number>(0);

  const accept = (data: PanelData) => {
    revision.current = data.revision;
    setPanel(data);
  };

  const reload = useCallback(async () => {
    setLoading(true);
    const answer = await callResolver('getPanel');
    if (answer.ok) {
      accept(answer.data);
      setLoadError(undefined);
    } else setLoadError(answer.error);
    setLoading(false);
    return answer;
  }, []);

  const write = useCallback(async (name: WriteName, payload: Record<string, unknown>) => {
    setBusy(true);
    const answer = await callResolver(name, { revision: revision.current, ...payload });
    if (answer.ok) {
      accept(answer.data);
      // The item's other Shipshape views (the context status) refresh from this; none may listen.
      events.emit(PANEL_CHANGED_EVENT, answer.data).catch(() => undefined);
    }
    setBusy(false);
    return answer;
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...(panel ? { panel } : {}), ...(loadError ? { loadError } : {}), loading, busy, reload, write };
}
