import { Lozenge } from '../../shared/lozenge';
import { token } from '@atlaskit/tokens';
import { HandoffText } from './rich-text-view';
import { Row, gap, listReset } from './ui';
import type { HandoffView } from './types';
import { useT } from '../../shared/use-t';

const ORDER = { high: 0, medium: 1, low: 2 } as const;
const APPEARANCE = { high: 'removed', medium: 'moved', low: 'default' } as const;

/** Known risk areas, most severe first, so QA start where it matters. */
export function RiskList({ risks }: { risks: HandoffView['riskAreas'] }) {
  const t = useT();
  const sorted = [...risks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul style={listReset}>
      {sorted.map((risk) => (
        <li key={risk.id} data-testid={`risk-${risk.id}`} style={{ padding: `${gap.s} 0` }}>
          <Row style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <span style={{ minWidth: 64 }}>
              <Lozenge appearance={APPEARANCE[risk.severity]} isBold={risk.severity === 'high'}>
                {t(`risk.${risk.severity}`)}
              </Lozenge>
            </span>
            <div style={{ font: token('font.body'), color: token('color.text'), minWidth: 0 }}>
              <HandoffText text={risk.text} adf={risk.adf} testId={`risk-text-${risk.id}`} />
            </div>
          </Row>
        </li>
      ))}
    </ul>
  );
}
