import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { ds } from './ds';
import type { GateSummary } from './context-summary';
import { Lozenge } from '../../shared/lozenge';
import { askPanelToShow } from './show-check';

const SHOWN_FAILING = 4;

/** One applicable gate: its verdict, "6 of 8 required", and what still fails, each a way to that check in the panel. */
export function GateRow({ gate, issueId }: { gate: GateSummary; issueId: string }) {
  const [panelClosed, setPanelClosed] = useState(false);
  const more = gate.failing.length - SHOWN_FAILING;
  const show = async (criterionId: string) => setPanelClosed(!(await askPanelToShow({ issueId, gateId: gate.id, criterionId })));
  return (
    <li data-testid={`context-gate-${gate.id}`} style={{ marginBottom: ds.space150 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: ds.space100, alignItems: 'baseline' }}>
        <strong style={{ font: ds.fontHeadingXsmall }}>{gate.name}</strong>
        <Lozenge appearance={gate.passed ? 'success' : 'removed'}>{gate.passed ? 'Passes' : 'Blocked'}</Lozenge>
      </div>
      <div style={{ color: ds.textSubtle, font: ds.fontBodySmall }}>
        {gate.met} of {gate.required} required
      </div>
      {gate.failing.length > 0 && (
        <ul aria-label={`Failing in ${gate.name}`} style={{ margin: `${ds.space050} 0 0`, padding: 0, listStyle: 'none' }}>
          {gate.failing.slice(0, SHOWN_FAILING).map((check) => (
            <li key={check.id}>
              <Button appearance="subtle" spacing="compact" aria-label={`${check.label}: show it in the Shipshape panel`} onClick={() => void show(check.id)}>
                {check.label}
              </Button>
            </li>
          ))}
          {more > 0 && <li style={{ color: ds.textSubtle, font: ds.fontBodySmall }}>and {more} more in the Shipshape panel</li>}
        </ul>
      )}
      {panelClosed && (
        <p role="status" style={{ margin: `${ds.space050} 0 0`, font: ds.fontBodySmall, color: ds.textSubtle }}>
          The Shipshape panel is not open on this work item. Add it from the Apps button under the summary, then choose the check again.
        </p>
      )}
    </li>
  );
}
