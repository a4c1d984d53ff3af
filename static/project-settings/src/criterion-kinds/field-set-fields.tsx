import type { FieldSetCriterion } from '../../../../src/domain/criteria/field-set/field-set-schema';
import type { KindFieldsProps } from './kind-fields';

/** The Jira field that must be set, picked from the site's fields. */
export function FieldSetFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<FieldSetCriterion>) {
  const known = catalogs.fields.some((f) => f.id === criterion.field);
  return (
    <label className="cf-label">
      Field
      <select className="cf-field" data-testid={`${prefix}-field`} value={criterion.field} onChange={(e) => onChange({ ...criterion, field: e.target.value })}>
        <option value="">Pick a field…</option>
        {criterion.field && !known && <option value={criterion.field}>{criterion.field} (not on this site)</option>}
        {catalogs.fields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.custom ? `${f.name} (custom)` : f.name}
          </option>
        ))}
      </select>
    </label>
  );
}
