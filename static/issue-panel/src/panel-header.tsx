import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { Row, subtle } from './ui';
import type { PanelData } from './types';
import { useT } from '../../shared/use-t';

/** Which item, its status, and the re-check of every gate. */
export function PanelHeader({ panel, loading, onRecheck }: { panel: PanelData; loading: boolean; onRecheck(): void }) {
  const t = useT();
  const blocked = panel.gates.filter((g) => !g.passed).length;
  return (
    <Row style={{ justifyContent: 'space-between', marginBottom: token('space.200') }}>
      <span style={subtle} data-testid="panel-summary">
        {panel.issue.key}
        {panel.issue.status ? ` · ${panel.issue.status.name}` : ''} ·{' '}
        {panel.gates.length === 0
          ? t('panel.noGates')
          : blocked === 0
            ? t('panel.everyGatePasses')
            : t('panel.gatesBlocked', { blocked, total: panel.gates.length })}
      </span>
      <Row>
        {loading ? <Spinner size="small" label={t('panel.checkingAgain')} /> : null}
        <Button onClick={onRecheck} isDisabled={loading} testId="recheck">
          {t('panel.recheck')}
        </Button>
      </Row>
    </Row>
  );
}
