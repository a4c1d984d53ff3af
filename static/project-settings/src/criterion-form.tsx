import Button, { IconButton } from '@atlaskit/button/new';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import type { Catalogs, Criterion } from './shared/types';
import { MoveButtons } from '../../shared/move-buttons';
import Checkbox from '@atlaskit/checkbox';
import { TextField } from '../../shared/text-field';
import { PrincipalsEditor } from './principals-editor';
import { KindFieldsFor } from './criterion-kinds/kind-fields-for';
import { useT } from '../../shared/use-t';
import type { Translate } from '../../shared/translate';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** "Field is set · waivable · has a hint": what the collapsed row says beside the label. */
const summaryOf = (c: Criterion, t: Translate) =>
  [t(`kind.${c.kind}`), c.waivableBy ? t('editor.waivable') : undefined, c.hint ? t('editor.withHint') : undefined]
    .filter((part) => part !== undefined)
    .join(' · ');

/** One criterion as one compact row (label, kind, required, order); it expands to edit the rest. */
export function CriterionForm(props: {
  criterion: Criterion;
  index: number;
  count: number;
  catalogs: Catalogs;
  isOpen: boolean;
  onToggle: () => void;
  onChange: (c: Criterion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const { criterion: c, index, count, catalogs, onChange, isOpen } = props;
  const prefix = `criterion-${index}`;
  const name = c.label ?? t(`kind.${c.kind}`);
  return (
    <li className={`cf-criterion${isOpen ? ' cf-criterion-open' : ''}`} data-testid={prefix}>
      <div className="cf-row">
        <IconButton
          icon={isOpen ? ChevronDownIcon : ChevronRightIcon}
          label={t(isOpen ? 'editor.collapse' : 'editor.expand', { name })}
          aria-expanded={isOpen}
          testId={`${prefix}-toggle`}
          appearance="subtle"
          spacing="compact"
          onClick={props.onToggle}
        />
        <span className="cf-row-text">
          <strong>
            {index + 1}. {name}
          </strong>{' '}
          <span className="cf-muted">{summaryOf(c, t)}</span>
        </span>
        <Checkbox
          testId={`${prefix}-required`}
          label={t('editor.required')}
          isChecked={c.required !== false}
          onChange={(e) => onChange({ ...c, required: e.target.checked ? undefined : false })}
        />
        <MoveButtons name={`"${name}"`} index={index} count={count} onMove={props.onMove} />
        <Button appearance="subtle" spacing="compact" aria-label={t('editor.removeLabel', { name })} onClick={props.onRemove}>
          {t('editor.remove')}
        </Button>
      </div>
      {isOpen && (
        <div className="cf-criterion-body">
          <div className="cf-row">
            <div className="cf-grow">
              <TextField
                id={`${prefix}-label`}
                label={t('editor.label')}
                testId={`${prefix}-label`}
                value={c.label ?? ''}
                placeholder={t(`kind.${c.kind}`)}
                onChange={(label) => onChange({ ...c, label: optional(label) })}
              />
            </div>
            <TextField id={`${prefix}-id`} label={t('editor.criterionId')} value={c.id} onChange={(id) => onChange({ ...c, id })} />
          </div>
          <KindFieldsFor criterion={c} catalogs={catalogs} onChange={onChange} prefix={prefix} />
          <TextField id={`${prefix}-hint`} label={t('editor.hint')} value={c.hint ?? ''} onChange={(hint) => onChange({ ...c, hint: optional(hint) })} />
          <PrincipalsEditor
            legend={t('editor.waivers')}
            testId={`${prefix}-waivers`}
            value={c.waivableBy}
            roles={catalogs.projectRoles}
            onChange={(waivableBy) => onChange({ ...c, waivableBy })}
          />
        </div>
      )}
    </li>
  );
}
