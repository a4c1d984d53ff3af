import React, { useEffect, useState } from 'react';
import { isJiraError, jira } from './api';
import { BlockedDialog } from './blocked-dialog';
import type { Transition } from './types';
import { Button, space } from './ui';

/** The item's workflow transitions, run through the stand-in exactly as Jira's REST API runs them. */
export function TransitionButtons({ issueKey, onMoved }: { issueKey: string; onMoved(message: string): void }) {
  const [transitions, setTransitions] = useState<Transition[]>([]);
  const [blocked, setBlocked] = useState<{ title: string; messages: string[] } | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    jira.get<{ transitions: Transition[] }>(`/rest/api/3/issue/${issueKey}/transitions`).then(
      (r) => setTransitions(r.transitions),
      () => setTransitions([]),
    );
  }, [issueKey]);

  async function run(transition: Transition) {
    setBusy(true);
    try {
      await jira.post(`/rest/api/3/issue/${issueKey}/transitions`, { transition: { id: transition.id } });
      onMoved(`${issueKey} moved to ${transition.to.name}`);
    } catch (error) {
      const messages = isJiraError(error) ? error.messages : [String(error)];
      setBlocked({ title: `${issueKey} can't move to ${transition.to.name} yet`, messages });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="group" aria-label={`Transitions of ${issueKey}`} style={{ display: 'flex', gap: space(100), flexWrap: 'wrap' }}>
      {transitions.map((t) => (
        <Button key={t.id} disabled={busy} onClick={() => run(t)} data-testid={`transition-${issueKey}-${t.id}`}>
          {t.name}
        </Button>
      ))}
      {blocked && <BlockedDialog title={blocked.title} messages={blocked.messages} onClose={() => setBlocked(undefined)} />}
    </div>
  );
}
