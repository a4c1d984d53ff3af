import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { GateCard } from './gate-card';
import { placeGates } from './gate-order';
import { gap, subtle } from './ui';
import type { GateView, PanelData } from './types';

/** Every gate configured for the item's project and work type, those on its next transitions first (gate-order.ts). */
export function GatesSection({ gates, next, busy, act }: { gates: GateView[]; next: PanelData['next']; busy: boolean; act: Act }) {
  return (
    <section aria-labelledby="gates-heading" style={{ marginBottom: gap.xl }}>
      <h2 id="gates-heading" style={{ font: token('font.heading.medium'), margin: `0 0 ${gap.m}`, color: token('color.text') }}>
        Gates
      </h2>
      {gates.length === 0 ? (
        <p style={subtle}>No Shipshape gate applies to this work type.</p>
      ) : (
        placeGates(gates, next).map(({ gate, open, guards }) => (
          <GateCard key={gate.id} gate={gate} initiallyOpen={open} {...(guards ? { guards } : {})} busy={busy} act={act} />
        ))
      )}
    </section>
  );
}
