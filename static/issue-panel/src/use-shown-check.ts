import { useEffect, useState } from 'react';
import { events } from '@forge/bridge';
import { CHECK_SHOWN_EVENT, isCheckRequestFor, SHOW_CHECK_EVENT } from '../../../src/resolvers/panel-event';

/** The check the item's context view last asked to see; `n` counts the asks, so asking again shows it again. */
export interface ShownCheck {
  gateId: string;
  criterionId: string;
  n: number;
}

/** Listens for the context view's "show this check" on this item, and answers that the panel shows it. */
export function useShownCheck(issueId: string | undefined): ShownCheck | undefined {
  const [shown, setShown] = useState<ShownCheck>();
  useEffect(() => {
    if (!issueId) return;
    const subscription = events.on(SHOW_CHECK_EVENT, async (payload: unknown) => {
      if (!isCheckRequestFor(issueId, payload)) return;
      setShown((was) => ({ gateId: payload.gateId, criterionId: payload.criterionId, n: (was?.n ?? 0) + 1 }));
      await events.emit(CHECK_SHOWN_EVENT, { issueId, gateId: payload.gateId, criterionId: payload.criterionId }).catch(() => undefined);
    });
    return () =>
      void subscription.then(
        (s) => s.unsubscribe(),
        () => undefined,
      );
  }, [issueId]);
  return shown;
}
