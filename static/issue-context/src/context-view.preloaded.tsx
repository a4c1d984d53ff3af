import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { events } from '@forge/bridge';
import type { PanelData } from '../../../src/resolvers/panel-data';
import { isNewerPanelOf, PANEL_CHANGED_EVENT } from '../../../src/resolvers/panel-event';
import { ds } from './ds';
import type { FirstPanel, FirstTranslate } from './first-panel';
import { Translated } from '../../shared/translated';
import { useT } from '../../shared/use-t';
import { gateSummary } from './context-summary';
import { GateRow } from './gate-row';
import { HandoffRow } from './handoff-row';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; panel: PanelData };

const text = { color: ds.text, font: ds.fontBody };

const loadedOf = (answer: Awaited<FirstPanel['promise']>): Loaded =>
  answer.ok ? { state: 'ready', panel: answer.panel } : { state: 'failed', message: answer.message };

/** The expanded Shipshape context panel: one getPanel, shown as a compact summary, then kept in step with the panel's changes. */
function ContextView({ firstPanel }: { firstPanel: FirstPanel }) {
  const t = useT();
  const [first] = useState(() => firstPanel.settled()?.value);
  const [loaded, setLoaded] = useState<Loaded>(first ? loadedOf(first) : { state: 'loading' });
  useEffect(() => {
    if (!first) void firstPanel.promise.then((answer) => setLoaded(loadedOf(answer)));
    const subscription = events.on(PANEL_CHANGED_EVENT, async (payload: unknown) =>
      setLoaded((now) => (now.state === 'ready' && isNewerPanelOf(now.panel, payload) ? { state: 'ready', panel: payload } : now)),
    );
    return () =>
      void subscription.then(
        (s) => s.unsubscribe(),
        () => undefined,
      );
    // Only the first answer is awaited here; the panel's events bring the later ones.
  }, [first, firstPanel]);

  if (loaded.state === 'loading')
    return (
      <p style={{ ...text, color: ds.textSubtle }} role="status">
        {t('context.loading')}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p style={{ ...text, color: ds.textDanger }} role="alert">
        {loaded.message}
      </p>
    );
  const { gates, handoff } = loaded.panel;
  return (
    <main data-testid="context-content" style={text}>
      {gates.length === 0 ? (
        <p style={{ margin: `0 0 ${ds.space100}` }}>{t('context.noGates')}</p>
      ) : (
        <ul aria-label={t('context.gates')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {gates.map((gate) => (
            <GateRow key={gate.id} gate={gateSummary(gate)} issueId={loaded.panel.issue.id} />
          ))}
        </ul>
      )}
      <HandoffRow handoff={handoff} />
    </main>
  );
}

/** Mounts the view; the entry calls it after first-panel has sent the `getPanel` call and asked for the translations. */
export function mountContextView(firstPanel: FirstPanel, firstTranslate: FirstTranslate): void {
  createRoot(document.getElementById('root')!).render(
    <Translated translate={firstTranslate}>
      <ContextView firstPanel={firstPanel} />
    </Translated>,
  );
}
