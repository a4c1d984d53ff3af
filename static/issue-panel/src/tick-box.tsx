import { useState, type RefObject } from 'react';
import Checkbox from '@atlaskit/checkbox';

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

/** A manual check as Atlaskit's checkbox (Space toggles it), labelled by the check itself. */
export function TickBox({ id, label, ticked, busy, labelRef, onChange }: TickBoxProps) {
  // Shown at once while saving; the app's answer (or refusal) then decides.
  const [pending, setPending] = useState<boolean>();
  const change = (value: boolean) => {
    if (busy) return;
    setPending(value);
    void onChange(value).finally(() => setPending(undefined));
  };
  return (
    <span style={{ cursor: busy ? 'progress' : undefined, fontWeight: 600 }} aria-busy={busy}>
      <Checkbox id={id} ref={labelRef} isChecked={pending ?? ticked} label={label} onChange={(event) => change(event.target.checked)} />
    </span>
  );
}
