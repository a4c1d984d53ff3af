import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { GateCard } from './gate-card';
import { placeGates } from './gate-order';
import { gap, subtle } from './ui';
import type { GateView, PanelData } from './types';
import type { ShownCheck } from './use-shown-check';
import { useT } from '../../shared/use-t';

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
  const t = useT();
  return (
    <section aria-labelledby="gates-heading" style={{ marginBottom: gap.xl }}>
      <h2 id="gates-heading" style={{ font: token('font.heading.medium'), margin: `0 0 ${gap.m}`, color: token('color.text') }}>
        {t('panel.gates')}
      </h2>
      {gates.length === 0 ? (
        <p style={subtle}>{t('panel.noGatesForType')}</p>
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
