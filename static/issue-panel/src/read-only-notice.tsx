import SectionMessage from '@atlaskit/section-message';
import type { PanelData } from './types';
import { useT } from '../../shared/use-t';

/** Tells someone who may not edit the item why the panel offers them nothing to change. */
export function ReadOnlyNotice({ rights }: { rights: PanelData['rights'] }) {
  const t = useT();
  if (rights.canEdit) return null;
  return (
    <div data-testid="read-only-notice" style={{ marginBottom: 12 }}>
      <SectionMessage appearance="information" title={t('panel.readOnly.title')}>
        {[t('panel.readOnly.body'), ...(rights.canVerify ? [t('panel.readOnly.canVerify')] : []), t('panel.readOnly.othersAct')].join(' ')}
      </SectionMessage>
    </div>
  );
}
