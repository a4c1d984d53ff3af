import type { FieldSetCriterion } from '../../../../src/domain/criteria/field-set/field-set-schema';
import type { KindFieldsProps } from './kind-fields';
import { ChoiceSelect } from '../../../shared/choice-select';
import { useT } from '../../../shared/use-t';

/** The Jira field that must be set, picked from the site's fields. */
export function FieldSetFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<FieldSetCriterion>) {
  const t = useT();
  const known = catalogs.fields.some((f) => f.id === criterion.field);
  const choices = [
    ...(criterion.field && !known ? [{ value: criterion.field, label: t('kindFields.fieldNotOnSite', { field: criterion.field }) }] : []),
    ...catalogs.fields.map((f) => ({ value: f.id, label: f.custom ? t('kindFields.customField', { field: f.name }) : f.name })),
  ];
  return (
    <ChoiceSelect
      id={`${prefix}-field`}
      label={t('kindFields.field')}
      value={criterion.field}
      choices={choices}
      placeholder={t('kindFields.pickField')}
      onChange={(field) => onChange({ ...criterion, field })}
    />
  );
}
