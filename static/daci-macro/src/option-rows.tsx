import Button from '@atlaskit/button/new';
import type { DecisionOption } from './types';
import { TextField } from '../../shared/text-field';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';

const FIELDS = [
  ['description', 'Option'],
  ['pros', 'Pros'],
  ['cons', 'Cons'],
  ['cost', 'Cost'],
] as const;

/** The options considered for one decision: add, edit, remove. */
export function OptionRows({ prefix, options, onChange }: { prefix: string; options: DecisionOption[]; onChange(options: DecisionOption[]): void }) {
  const set = (i: number, patch: Partial<DecisionOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="daci-options">
      <legend>Options considered</legend>
      {options.map((o, i) => (
        <div key={i} className="daci-option">
          {FIELDS.map(([field, label]) => (
            <TextField
              key={field}
              id={`${prefix}-option-${i}-${field}`}
              label={label}
              value={o[field]}
              maxLength={field === 'cost' ? DACI_LIMITS.costLength : DACI_LIMITS.optionTextLength}
              onChange={(text) => set(i, { [field]: text })}
            />
          ))}
          <Button onClick={() => onChange(options.filter((_, j) => j !== i))}>Remove option</Button>
        </div>
      ))}
      <Button onClick={() => onChange([...options, { description: '', pros: '', cons: '', cost: '' }])}>Add option</Button>
    </fieldset>
  );
}
