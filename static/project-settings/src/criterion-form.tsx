import Button from '@atlaskit/button/new';
import type { Catalogs, Criterion } from './shared/types';
import { MoveButtons } from '../../shared/move-buttons';
import { PrincipalsEditor } from './principals-editor';
import { kindName } from '../../../src/domain/criteria/kind-catalog';
import { KindFieldsFor } from './criterion-kinds/kind-fields-for';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** One criterion: label, required/optional, hint, who may waive it, and its kind's own fields. */
export function CriterionForm(props: {
  criterion: Criterion;
  index: number;
  count: number;
  catalogs: Catalogs;
  onChange: (c: Criterion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { criterion: c, index, count, catalogs, onChange } = props;
  const prefix = `criterion-${index}`;
  const name = c.label ?? kindName(c.kind);
  return (
    <li className="cf-card" data-testid={prefix}>
      <div className="cf-row">
        <strong className="cf-grow">
          {index + 1}. {kindName(c.kind)}
        </strong>
        <MoveButtons name={`"${name}"`} index={index} count={count} onMove={props.onMove} />
        <Button appearance="subtle" spacing="compact" aria-label={`Remove "${name}"`} onClick={props.onRemove}>
          Remove
        </Button>
      </div>
      <div className="cf-row">
        <label className="cf-label cf-grow">
          Label
          <input
            className="cf-field"
            data-testid={`${prefix}-label`}
            value={c.label ?? ''}
            placeholder={kindName(c.kind)}
            onChange={(e) => onChange({ ...c, label: optional(e.target.value) })}
          />
        </label>
        <label className="cf-label">
          Id
          <input className="cf-field" value={c.id} onChange={(e) => onChange({ ...c, id: e.target.value })} />
        </label>
        <label className="cf-row" style={{ gap: 4 }}>
          <input
            type="checkbox"
            data-testid={`${prefix}-required`}
            checked={c.required !== false}
            onChange={(e) => onChange({ ...c, required: e.target.checked ? undefined : false })}
          />
          Required
        </label>
      </div>
      <KindFieldsFor criterion={c} catalogs={catalogs} onChange={onChange} prefix={prefix} />
      <label className="cf-label">
        Hint (how to fix it)
        <input className="cf-field" value={c.hint ?? ''} onChange={(e) => onChange({ ...c, hint: optional(e.target.value) })} />
      </label>
      <PrincipalsEditor
        legend="Who may waive it (optional)"
        testId={`${prefix}-waivers`}
        value={c.waivableBy}
        roles={catalogs.projectRoles}
        onChange={(waivableBy) => onChange({ ...c, waivableBy })}
      />
    </li>
  );
}
