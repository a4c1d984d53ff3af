import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { events, view } from '@forge/bridge';
import type { PanelData } from '../../../src/resolvers/panel-data';
import { isNewerPanelOf, PANEL_CHANGED_EVENT } from '../../../src/resolvers/panel-event';
import { ds } from './ds';
import { getPanel } from './get-panel';
import { gateSummary } from './context-summary';
import { GateRow } from './gate-row';
import { HandoffRow } from './handoff-row';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; panel: PanelData };

const text = { color: ds.text, font: ds.fontBody };

/** The expanded Shipshape context panel: one getPanel, shown as a compact summary, then kept in step with the panel's changes. */
function ContextView() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    void getPanel().then((answer) => setLoaded(answer.ok ? { state: 'ready', panel: answer.panel } : { state: 'failed', message: answer.message }));
    const subscription = events.on(PANEL_CHANGED_EVENT, async (payload: unknown) =>
      setLoaded((now) => (now.state === 'ready' && isNewerPanelOf(now.panel, payload) ? { state: 'ready', panel: payload } : now)),
    );
    return () => void subscription.then((s) => s.unsubscribe(), () => undefined);
  }, []);

  if (loaded.state === 'loading') return <p style={{ ...text, color: ds.textSubtle }} role="status">Loading Shipshape…</p>;
  if (loaded.state === 'failed') return <p style={{ ...text, color: ds.textDanger }} role="alert">{loaded.message}</p>;
  const { gates, handoff } = loaded.panel;
  return (
    <main data-testid="context-content" style={text}>
      {gates.length === 0 ? (
        <p style={{ margin: `0 0 ${ds.space100}` }}>No Shipshape gate applies to this work type.</p>
      ) : (
        <ul aria-label="Gates" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {gates.map((gate) => <GateRow key={gate.id} gate={gateSummary(gate)} />)}
        </ul>
      )}
      <HandoffRow handoff={handoff} />
    </main>
  );
}

// The frame's own surface, so text keeps its contrast in dark mode (an unset body is white).
document.body.style.background = ds.surface;
document.body.style.margin = '0';
void view.theme.enable();
createRoot(document.getElementById('root')!).render(<ContextView />);
