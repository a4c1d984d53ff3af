import { Label } from '@atlaskit/form/label/default';
import './fields.css';

interface DateFieldProps {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or undefined for no date. */
  value: string | undefined;
  onChange(value: string | undefined): void;
}

/**
 * A labelled optional date: the browser's date field (in the person's locale), sized as Atlaskit's
 * fields. Atlaskit's DatePicker would add 24.5 KB gzip to the DACI config's first load (its
 * calendar's CSS arrives with the page even when the picker is a lazy chunk), past the 150 KB budget.
 */
export function DateField({ id, label, value, onChange }: DateFieldProps) {
  return (
    <div className="ss-field-block">
      <Label htmlFor={id}>{label}</Label>
      <input id={id} type="date" className="ss-native-control" value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} />
    </div>
  );
}
