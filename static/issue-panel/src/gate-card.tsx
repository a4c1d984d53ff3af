import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../shared/lozenge';
import { token } from '@atlaskit/tokens';
import { gateProgress } from '../../../src/domain/summary/gate-progress';
import type { Act } from './act';
import { CriterionRow } from './criterion-row';
import { Row, cardStyle, gap, listReset, subtle } from './ui';
import type { GateView } from './types';
import type { ShownCheck } from './use-shown-check';
import { plural, type Translate } from '../../shared/translate';
import { useT } from '../../shared/use-t';

/** "6 of 8 required checks met" from the gate as the panel shows it. */
export function progressText(t: Translate, gate: GateView): string {
  const { met, required } = gateProgress({ gate: gate.id, gateName: gate.name, issue: '', applicable: true, passed: gate.passed, results: gate.criteria });
  return plural(t, 'panel.progress', required, { met });
}

/** "Guards Done" / "Not on this work item's next transitions", when the panel knows the transitions. */
function guardsText(t: Translate, guards: string[]): string {
  return guards.length ? t('panel.guards', { transitions: guards.join(', ') }) : t('panel.notNext');
}

interface GateCardProps {
  gate: GateView;
  initiallyOpen: boolean;
  guards?: string[];
  /** One of this gate's checks that the context view asked to see. */
  shownCheck?: ShownCheck;
  busy: boolean;
  act: Act;
}

/** One gate: its verdict, progress, the next transitions it guards, and every criterion. */
export function GateCard({ gate, initiallyOpen, guards, shownCheck, busy, act }: GateCardProps) {
  const t = useT();
  const headingId = `gate-${gate.id}-heading`;
  // A gate that needs no attention now (it passes, or guards no next transition) is one press away.
  const [open, setOpen] = useState(initiallyOpen);
  // Each ask from the context view opens the gate (React's "adjust state on a prop change", during render).
  const [seenAsk, setSeenAsk] = useState<number>();
  if (shownCheck && shownCheck.n !== seenAsk) {
    setSeenAsk(shownCheck.n);
    setOpen(true);
  }
  const listId = `gate-${gate.id}-checks`;
  return (
    <section aria-labelledby={headingId} data-testid={`gate-${gate.id}`} style={{ ...cardStyle, marginBottom: gap.l }}>
      <Row style={{ justifyContent: 'space-between' }}>
        <Row>
          <h3 id={headingId} style={{ font: token('font.heading.small'), margin: 0, color: token('color.text') }}>
            {gate.name}
          </h3>
          <Lozenge appearance={gate.passed ? 'success' : 'removed'} isBold>
            {gate.passed ? t('panel.passes') : t('panel.blocked')}
          </Lozenge>
        </Row>
        <Row>
          <span style={subtle} data-testid={`gate-progress-${gate.id}`}>
            {progressText(t, gate)}
          </span>
          <Button
            spacing="compact"
            appearance="subtle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
            testId={`toggle-gate-${gate.id}`}
          >
            {open ? t('panel.hideChecks') : plural(t, 'panel.showChecks', gate.criteria.length)}
          </Button>
        </Row>
      </Row>
      {guards ? (
        <div style={{ ...subtle, marginTop: gap.xs }} data-testid={`gate-guards-${gate.id}`}>
          {guardsText(t, guards)}
        </div>
      ) : null}
      {open ? (
        <ul id={listId} style={{ ...listReset, marginTop: gap.m }}>
          {gate.criteria.map((criterion) => (
            <CriterionRow
              key={criterion.id}
              gateId={gate.id}
              criterion={criterion}
              {...(shownCheck?.criterionId === criterion.id ? { shownAt: shownCheck.n } : {})}
              busy={busy}
              act={act}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
