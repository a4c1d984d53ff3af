import { useCallback, useEffect, useRef, useState } from 'react';
import { events } from '@forge/bridge';
import { PANEL_CHANGED_EVENT } from '../../../src/resolvers/panel-event';
import type { EarlyAnswer } from '../../shared/early-answer';
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

/**
 * The panel's one piece of server state: the entry's getPanel on load (drawn at once if it is
 * already in), getPanel again on reload; every write answers fresh data.
 */
export function usePanel(firstPanel: EarlyAnswer<Envelope<PanelData>>): PanelState {
  const [first] = useState(() => firstPanel.settled()?.value);
  const [panel, setPanel] = useState<PanelData | undefined>(() => (first?.ok ? first.data : undefined));
  const [loadError, setLoadError] = useState<ResolverError | undefined>(() => (first && !first.ok ? first.error : undefined));
  const [loading, setLoading] = useState(first === undefined);
  const [busy, setBusy] = useState(false);
  const revision = useRef<number>(first?.ok ? first.data.revision : 0);

  const accept = (data: PanelData) => {
    revision.current = data.revision;
    // A write's answer leaves out the next transitions (they did not change): keep the last known.
    // So do they the decisions (they are read from Confluence on a full load only).
    setPanel((shown) => ({
      ...data,
      ...(data.next === undefined && shown?.next !== undefined ? { next: shown.next } : {}),
      ...(data.decisions === undefined && shown?.decisions !== undefined ? { decisions: shown.decisions } : {}),
    }));
  };

  const settle = useCallback((answer: Envelope<PanelData>) => {
    if (answer.ok) {
      accept(answer.data);
      setLoadError(undefined);
    } else setLoadError(answer.error);
    setLoading(false);
    return answer;
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    return settle(await callResolver('getPanel', { withNext: true }));
  }, [settle]);

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
    if (first === undefined) void firstPanel.promise.then(settle);
    // Only the first answer is awaited here; reloads and writes bring the later ones.
  }, [first, firstPanel, settle]);

  return { ...(panel ? { panel } : {}), ...(loadError ? { loadError } : {}), loading, busy, reload, write };
}
