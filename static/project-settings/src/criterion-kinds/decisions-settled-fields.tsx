import type { DecisionsSettledCriterion } from '../../../../src/domain/criteria/decisions-settled/decisions-settled-schema';
import Checkbox from '@atlaskit/checkbox';
import type { KindFieldsProps } from './kind-fields';
import { useT } from '../../../shared/use-t';

/** Whether a deferred decision settles the item, and whether it also needs its Approver's current approval. */
export function DecisionsSettledFields({ criterion, onChange }: KindFieldsProps<DecisionsSettledCriterion>) {
  const t = useT();
  const set = (change: Partial<Pick<DecisionsSettledCriterion, 'allowDeferred' | 'requireApproval'>>) => {
    const next = { ...criterion, ...change };
    // Defaults are left out of the gate file, so it reads the way it was written.
    if (next.allowDeferred !== true) delete next.allowDeferred;
    if (next.requireApproval !== false) delete next.requireApproval;
    onChange(next);
  };
  return (
    <fieldset className="cf-row" style={{ border: 0, padding: 0 }}>
      <legend className="cf-label">{t('kindFields.decisionsSettled')}</legend>
      <Checkbox label={t('kindFields.allowDeferred')} isChecked={criterion.allowDeferred === true} onChange={(e) => set({ allowDeferred: e.target.checked })} />
      <Checkbox
        label={t('kindFields.requireApproval')}
        isChecked={criterion.requireApproval !== false}
        onChange={(e) => set({ requireApproval: e.target.checked })}
      />
    </fieldset>
  );
}
