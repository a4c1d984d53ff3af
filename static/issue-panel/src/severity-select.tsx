import { fieldStyle } from './ui';
import type { Severity } from './types';

/** A native select: light, keyboard-friendly, and labelled per row. */
export function SeveritySelect({ id, label, value, onChange }: { id: string; label: string; value: Severity; onChange(value: Severity): void }) {
  return (
    <>
      <label htmlFor={id} style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}>
        {label}
      </label>
      <select
        id={id}
        className="ss-field"
        value={value}
        onChange={(event) => onChange(event.target.value as Severity)}
        style={{ ...fieldStyle, width: 'auto', padding: '2px 8px' }}
      >
        <option value="high">High severity</option>
        <option value="medium">Medium severity</option>
        <option value="low">Low severity</option>
      </select>
    </>
  );
}
