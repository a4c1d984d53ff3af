import type { LabelsCriterion } from '../../../../src/domain/criteria/labels/labels-schema';
import { commaList, type KindFieldsProps } from './kind-fields';
import { TextField } from '../../../shared/text-field';
import { useT } from '../../../shared/use-t';

const orNone = (list: string[]) => (list.length ? list : undefined);

/** Labels the item must carry and labels it must not. */
export function LabelsFields({ criterion, onChange, prefix }: KindFieldsProps<LabelsCriterion>) {
  const t = useT();
  return (
    <div className="cf-row">
      <div className="cf-grow">
        <TextField
          id={`${prefix}-require`}
          label={t('kindFields.labelsRequired')}
          defaultValue={(criterion.require ?? []).join(', ')}
          onBlur={(text) => onChange({ ...criterion, require: orNone(commaList(text)) })}
        />
      </div>
      <div className="cf-grow">
        <TextField
          id={`${prefix}-forbid`}
          label={t('kindFields.labelsForbidden')}
          defaultValue={(criterion.forbid ?? []).join(', ')}
          onBlur={(text) => onChange({ ...criterion, forbid: orNone(commaList(text)) })}
        />
      </div>
    </div>
  );
}
