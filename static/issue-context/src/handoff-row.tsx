import { ds } from './ds';
import type { HandoffView } from '../../../src/resolvers/panel-data';
import { handoffSummary } from './context-summary';

/** The QA handoff package in two lines: empty sections, behaviours QA verified. */
export function HandoffRow({ handoff }: { handoff: HandoffView }) {
  const { missing, verified, behaviours } = handoffSummary(handoff);
  return (
    <section aria-label="Handoff package" data-testid="context-handoff" style={{ borderTop: `1px solid ${ds.border}`, paddingTop: ds.space100 }}>
      <strong style={{ font: ds.fontHeadingXsmall }}>Handoff package</strong>
      <div style={{ font: ds.fontBodySmall }}>{missing.length === 0 ? 'Every section is filled in' : `Missing: ${missing.join(', ')}`}</div>
      <div style={{ font: ds.fontBodySmall, color: ds.textSubtle }}>
        {behaviours === 0 ? 'No expected behaviours yet' : `Behaviours verified ${verified}/${behaviours}`}
      </div>
    </section>
  );
}
