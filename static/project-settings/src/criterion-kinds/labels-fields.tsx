import type { LabelsCriterion } from '../../../../src/domain/criteria/labels/labels-schema';
import { commaList, type KindFieldsProps } from './kind-fields';

const orNone = (list: string[]) => (list.length ? list : undefined);

/** Labels the item must carry and labels it must not. */
export function LabelsFields({ criterion, onChange }: KindFieldsProps<LabelsCriterion>) {
  return (
    <div className="cf-row">
      <label className="cf-label cf-grow">
        Labels required (comma-separated)
        <input
          className="cf-field"
          defaultValue={(criterion.require ?? []).join(', ')}
          onBlur={(e) => onChange({ ...criterion, require: orNone(commaList(e.target.value)) })}
        />
      </label>
      <label className="cf-label cf-grow">
        Labels forbidden (comma-separated)
        <input
          className="cf-field"
          defaultValue={(criterion.forbid ?? []).join(', ')}
          onBlur={(e) => onChange({ ...criterion, forbid: orNone(commaList(e.target.value)) })}
        />
      </label>
    </div>
  );
}
