import type { FieldSetCriterion } from '../../../../src/domain/criteria/field-set/field-set-schema';
import type { KindFieldsProps } from './kind-fields';
import { ChoiceSelect } from '../../../shared/choice-select';

/** The Jira field that must be set, picked from the site's fields. */
export function FieldSetFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<FieldSetCriterion>) {
  const known = catalogs.fields.some((f) => f.id === criterion.field);
  const choices = [
    ...(criterion.field && !known ? [{ value: criterion.field, label: `${criterion.field} (not on this site)` }] : []),
    ...catalogs.fields.map((f) => ({ value: f.id, label: f.custom ? `${f.name} (custom)` : f.name })),
  ];
  return (
    <ChoiceSelect
      id={`${prefix}-field`}
      label="Field"
      value={criterion.field}
      choices={choices}
      placeholder="Pick a field…"
      onChange={(field) => onChange({ ...criterion, field })}
    />
  );
}
