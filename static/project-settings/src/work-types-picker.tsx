import { SearchPicker } from '../../shared/search-picker';
import type { Gate } from './shared/types';
import { useT } from '../../shared/use-t';

type AppliesTo = Gate['appliesTo'];

/** Which work types a gate applies to, picked from the project's (or, for site templates, the site's); none picked: every work type. */
export function WorkTypesPicker({
  id,
  workTypes,
  value,
  onChange,
  label,
}: {
  id: string;
  workTypes: readonly string[];
  value: AppliesTo;
  onChange: (appliesTo: AppliesTo) => void;
  label?: string;
}) {
  const t = useT();
  const picked = value?.issueTypes ?? [];
  // A type the gate names that the list lacks (a copied template, another project's type) stays visible.
  const names = [...workTypes, ...picked.filter((t) => !workTypes.includes(t))];
  return (
    <SearchPicker
      id={id}
      testId={id}
      label={label ?? t('settings.workTypesLabel')}
      multi
      value={picked.map((t) => ({ value: t, label: t }))}
      options={names.map((t) => ({ value: t, label: t }))}
      placeholder={t('settings.everyWorkType')}
      onChange={(next) => onChange(next.length ? { issueTypes: next.map((t) => t.value) } : undefined)}
    />
  );
}
