import Button from '@atlaskit/button/new';
import type { Catalogs, Criterion } from './shared/types';
import { MoveButtons } from '../../shared/move-buttons';
import Checkbox from '@atlaskit/checkbox';
import { TextField } from '../../shared/text-field';
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
        <div className="cf-grow">
          <TextField
            id={`${prefix}-label`}
            label="Label"
            testId={`${prefix}-label`}
            value={c.label ?? ''}
            placeholder={kindName(c.kind)}
            onChange={(label) => onChange({ ...c, label: optional(label) })}
          />
        </div>
        <TextField id={`${prefix}-id`} label="Id" value={c.id} onChange={(id) => onChange({ ...c, id })} />
        <Checkbox
          testId={`${prefix}-required`}
          label="Required"
          isChecked={c.required !== false}
          onChange={(e) => onChange({ ...c, required: e.target.checked ? undefined : false })}
        />
      </div>
      <KindFieldsFor criterion={c} catalogs={catalogs} onChange={onChange} prefix={prefix} />
      <TextField id={`${prefix}-hint`} label="Hint (how to fix it)" value={c.hint ?? ''} onChange={(hint) => onChange({ ...c, hint: optional(hint) })} />
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
