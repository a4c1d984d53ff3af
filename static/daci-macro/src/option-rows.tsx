import Button from '@atlaskit/button/new';
import type { DecisionOption } from './types';
import { TextField } from '../../shared/text-field';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { useT } from '../../shared/use-t';
import type { MessageKey } from '../../shared/translate';

const FIELDS: ReadonlyArray<readonly [keyof DecisionOption, MessageKey]> = [
  ['description', 'daci.config.option'],
  ['pros', 'daci.pros'],
  ['cons', 'daci.cons'],
  ['cost', 'daci.cost'],
];

/** The options considered for one decision: add, edit, remove. */
export function OptionRows({ prefix, options, onChange }: { prefix: string; options: DecisionOption[]; onChange(options: DecisionOption[]): void }) {
  const t = useT();
  const set = (i: number, patch: Partial<DecisionOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="daci-options">
      <legend>{t('daci.options')}</legend>
      {options.map((o, i) => (
        <div key={i} className="daci-option">
          {FIELDS.map(([field, label]) => (
            <TextField
              key={field}
              id={`${prefix}-option-${i}-${field}`}
              label={t(label)}
              value={o[field]}
              maxLength={field === 'cost' ? DACI_LIMITS.costLength : DACI_LIMITS.optionTextLength}
              onChange={(text) => set(i, { [field]: text })}
            />
          ))}
          <Button onClick={() => onChange(options.filter((_, j) => j !== i))}>{t('daci.config.removeOption')}</Button>
        </div>
      ))}
      <Button onClick={() => onChange([...options, { description: '', pros: '', cons: '', cost: '' }])}>{t('daci.config.addOption')}</Button>
    </fieldset>
  );
}
