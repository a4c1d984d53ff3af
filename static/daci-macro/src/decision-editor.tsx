import Button from '@atlaskit/button/new';
import { DECISION_STATUSES, IMPACTS } from '../../../src/domain/daci/daci-values';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { ChoiceSelect } from '../../shared/choice-select';
import { DateField } from '../../shared/date-field';
import { TextAreaField } from '../../shared/text-area-field';
import { TextField } from '../../shared/text-field';
import { IMPACT_LABELS, STATUS_LABELS } from '../../../src/domain/daci/decision-labels';
import { jiraKeysOf } from './draft';
import { OptionRows } from './option-rows';
import { PeoplePicker, type PersonOption } from './people-picker';
import type { ShownPeople } from './people';
import type { Decision } from './types';

const STATUS_CHOICES = DECISION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
const IMPACT_CHOICES = IMPACTS.map((value) => ({ value, label: IMPACT_LABELS[value] }));

interface Props {
  index: number;
  decision: Decision;
  people: ShownPeople;
  siteUrl: string | undefined;
  onChange(patch: Partial<Decision>): void;
  onPeople(people: ShownPeople): void;
  onRemove(): void;
}

/** One decision's fields in the config modal. */
export function DecisionEditor({ index, decision: d, people: known, siteUrl, onChange, onPeople, onRemove }: Props) {
  const p = `decision-${index}`;
  const remember = (chosen: PersonOption[]) =>
    onPeople(Object.fromEntries(chosen.map((c) => [c.value, c.avatar ? { name: c.label, avatar: c.avatar } : { name: c.label }])));
  const person = (field: 'driver' | 'approver', label: string) => (
    <PeoplePicker
      id={`${p}-${field}`}
      label={label}
      value={d[field] ? [d[field]] : []}
      people={known}
      siteUrl={siteUrl}
      multi={false}
      onChange={(ids, chosen) => {
        remember(chosen);
        onChange({ [field]: ids[0] ?? '' });
      }}
    />
  );
  const people = (field: 'contributors' | 'informed', label: string) => (
    <PeoplePicker
      id={`${p}-${field}`}
      label={label}
      value={d[field]}
      people={known}
      siteUrl={siteUrl}
      multi
      onChange={(ids, chosen) => {
        remember(chosen);
        onChange({ [field]: ids });
      }}
    />
  );
  return (
    <section className="daci-editor" aria-label={`Decision ${index + 1}`}>
      <TextField
        id={`${p}-title`}
        label={`Decision ${index + 1}`}
        value={d.title}
        placeholder="What needs deciding?"
        maxLength={DACI_LIMITS.decisionTitleLength}
        onChange={(title) => onChange({ title })}
      />
      <div className="daci-row">
        <ChoiceSelect id={`${p}-status`} label="Status" value={d.status} choices={STATUS_CHOICES} onChange={(status) => onChange({ status })} />
        <ChoiceSelect id={`${p}-impact`} label="Impact" value={d.impact} choices={IMPACT_CHOICES} onChange={(impact) => onChange({ impact })} />
        <DateField id={`${p}-due`} label="Due date" value={d.due} onChange={(due) => onChange({ due })} />
      </div>
      {person('driver', 'Driver (one person)')}
      {person('approver', 'Approver (exactly one person)')}
      {people('contributors', 'Contributors')}
      {people('informed', 'Informed')}
      <TextAreaField
        id={`${p}-background`}
        label="Background"
        value={d.background}
        limit={DACI_LIMITS.backgroundLength}
        onChange={(background) => onChange({ background })}
      />
      <OptionRows prefix={p} options={d.options} onChange={(options) => onChange({ options })} />
      <TextAreaField id={`${p}-outcome`} label="Outcome" value={d.outcome} limit={DACI_LIMITS.outcomeLength} onChange={(outcome) => onChange({ outcome })} />
      <TextField
        id={`${p}-jira`}
        label="Linked work items (keys, e.g. ABC-2)"
        defaultValue={d.jiraKeys.join(', ')}
        onChange={(keys) => onChange({ jiraKeys: jiraKeysOf(keys) })}
      />
      <Button onClick={onRemove}>Remove decision {index + 1}</Button>
    </section>
  );
}
