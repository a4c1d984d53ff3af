import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { GateCard } from './gate-card';
import { blockedFirst } from './gate-order';
import { gap, subtle } from './ui';
import type { GateView } from './types';

/** Every gate configured for the item's project and work type. */
export function GatesSection({ gates, busy, act }: { gates: GateView[]; busy: boolean; act: Act }) {
  return (
    <section aria-labelledby="gates-heading" style={{ marginBottom: gap.xl }}>
      <h2 id="gates-heading" style={{ font: token('font.heading.medium'), margin: `0 0 ${gap.m}`, color: token('color.text') }}>
        Gates
      </h2>
      {gates.length === 0 ? (
        <p style={subtle}>No Shipshape gate applies to this work type.</p>
      ) : (
        blockedFirst(gates).map((gate) => <GateCard key={gate.id} gate={gate} busy={busy} act={act} />)
      )}
    </section>
  );
}
