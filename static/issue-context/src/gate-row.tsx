import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { ds } from './ds';
import type { GateSummary } from './context-summary';
import { Lozenge } from '../../shared/lozenge';
import { askPanelToShow } from './show-check';
import { useT } from '../../shared/use-t';

const SHOWN_FAILING = 4;

/** One applicable gate: its verdict, "6 of 8 required", and what still fails, each a way to that check in the panel. */
export function GateRow({ gate, issueId }: { gate: GateSummary; issueId: string }) {
  const t = useT();
  const [panelClosed, setPanelClosed] = useState(false);
  const more = gate.failing.length - SHOWN_FAILING;
  const show = async (criterionId: string) => setPanelClosed(!(await askPanelToShow({ issueId, gateId: gate.id, criterionId })));
  return (
    <li data-testid={`context-gate-${gate.id}`} style={{ marginBottom: ds.space150 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: ds.space100, alignItems: 'baseline' }}>
        <strong style={{ font: ds.fontHeadingXsmall }}>{gate.name}</strong>
        <Lozenge appearance={gate.passed ? 'success' : 'removed'}>{gate.passed ? t('context.passes') : t('context.blocked')}</Lozenge>
      </div>
      <div style={{ color: ds.textSubtle, font: ds.fontBodySmall }}>{t('context.requiredMet', { met: gate.met, required: gate.required })}</div>
      {gate.failing.length > 0 && (
        <ul aria-label={t('context.failingIn', { gate: gate.name })} style={{ margin: `${ds.space050} 0 0`, padding: 0, listStyle: 'none' }}>
          {gate.failing.slice(0, SHOWN_FAILING).map((check) => (
            <li key={check.id}>
              <Button appearance="subtle" spacing="compact" aria-label={t('context.showInPanel', { check: check.label })} onClick={() => void show(check.id)}>
                {check.label}
              </Button>
            </li>
          ))}
          {more > 0 && <li style={{ color: ds.textSubtle, font: ds.fontBodySmall }}>{t('context.more', { count: more })}</li>}
        </ul>
      )}
      {panelClosed && (
        <p role="status" style={{ margin: `${ds.space050} 0 0`, font: ds.fontBodySmall, color: ds.textSubtle }}>
          {t('context.panelClosed')}
        </p>
      )}
    </li>
  );
}
