import { useState, type RefObject } from 'react';
import { token } from '@atlaskit/tokens';

interface TickBoxProps {
  id: string;
  label: string;
  ticked: boolean;
  busy: boolean;
  /** Focus returns here after the tick is saved. */
  labelRef: RefObject<HTMLInputElement>;
  /** Saves the tick; resolves when the app has answered. */
  onChange(ticked: boolean): Promise<unknown>;
}

/** A manual check as a real checkbox (Space toggles it), labelled by the check itself. */
export function TickBox({ id, label, ticked, busy, labelRef, onChange }: TickBoxProps) {
  // Shown at once while saving; the app's answer (or refusal) then decides.
  const [pending, setPending] = useState<boolean>();
  const change = (value: boolean) => {
    if (busy) return;
    setPending(value);
    void onChange(value).finally(() => setPending(undefined));
  };
  return (
    <label
      htmlFor={id}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: token('space.100'),
        cursor: busy ? 'progress' : 'pointer',
        font: token('font.body'),
        fontWeight: 600,
      }}
    >
      <input
        id={id}
        ref={labelRef}
        type="checkbox"
        checked={pending ?? ticked}
        aria-disabled={busy}
        onChange={(event) => change(event.target.checked)}
        style={{ width: 16, height: 16, margin: 0, accentColor: token('color.background.selected.bold') }}
      />
      <span>{label}</span>
    </label>
  );
}
