import { lazy, Suspense } from 'react';
import { Label } from '@atlaskit/form/label/default';
import '../../shared/fields.css';
import type { ShownPeople } from './people';
import { ownEntry } from '../../../src/domain/own-entry';

export interface PersonOption {
  label: string;
  value: string;
  avatar?: string;
}

export interface PeoplePickerProps {
  id: string;
  label: string;
  /** Chosen accountIds. */
  value: string[];
  people: ShownPeople;
  siteUrl: string | undefined;
  multi: boolean;
  onChange(ids: string[], chosen: PersonOption[]): void;
}

// The select (react-select, ~30 KB gzip) arrives just after the modal's first paint, keeping its first load within budget.
const PeopleSelect = lazy(() => import('./people-select'));

/** A labelled user picker; until its select has loaded, a field of the same height naming who is chosen. */
export function PeoplePicker(props: PeoplePickerProps) {
  const chosen = props.value.map((id) => ownEntry(props.people, id)?.name ?? id).join(', ');
  return (
    <div className="ss-field-block">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Suspense fallback={<input id={props.id} className="ss-native-control" readOnly aria-busy value={chosen} placeholder="Loading people…" />}>
        <PeopleSelect {...props} />
      </Suspense>
    </div>
  );
}
