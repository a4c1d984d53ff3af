import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { GateCard } from './gate-card';
import { placeGates } from './gate-order';
import { gap, subtle } from './ui';
import type { GateView, PanelData } from './types';
import type { ShownCheck } from './use-shown-check';

/** Every gate configured for the item's project and work type, those on its next transitions first (gate-order.ts). */
interface GatesSectionProps {
  gates: GateView[];
  next: PanelData['next'];
  /** The check the context view asked to see, if any. */
  shownCheck: ShownCheck | undefined;
  busy: boolean;
  act: Act;
}

export function GatesSection({ gates, next, shownCheck, busy, act }: GatesSectionProps) {
  return (
    <section aria-labelledby="gates-heading" style={{ marginBottom: gap.xl }}>
      <h2 id="gates-heading" style={{ font: token('font.heading.medium'), margin: `0 0 ${gap.m}`, color: token('color.text') }}>
        Gates
      </h2>
      {gates.length === 0 ? (
        <p style={subtle}>No Shipshape gate applies to this work type.</p>
      ) : (
        placeGates(gates, next).map(({ gate, open, guards }) => (
          <GateCard
            key={gate.id}
            gate={gate}
            initiallyOpen={open}
            {...(guards ? { guards } : {})}
            {...(shownCheck?.gateId === gate.id ? { shownCheck } : {})}
            busy={busy}
            act={act}
          />
        ))
      )}
    </section>
  );
}
