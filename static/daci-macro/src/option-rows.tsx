import Button from '@atlaskit/button/new';
import type { DecisionOption } from './types';

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
            <label key={field}>
              {label}
              <input id={`${prefix}-option-${i}-${field}`} value={o[field]} onChange={(e) => set(i, { [field]: e.target.value })} />
            </label>
          ))}
          <Button onClick={() => onChange(options.filter((_, j) => j !== i))}>Remove option</Button>
        </div>
      ))}
      <Button onClick={() => onChange([...options, { description: '', pros: '', cons: '', cost: '' }])}>Add option</Button>
    </fieldset>
  );
}
