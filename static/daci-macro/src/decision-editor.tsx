import Button from '@atlaskit/button/new';
import { DECISION_STATUSES, IMPACTS } from '../../../src/domain/daci/daci-values';
import { IMPACT_LABELS, STATUS_LABELS } from '../../../src/domain/daci/decision-labels';
import { jiraKeysOf } from './draft';
import { OptionRows } from './option-rows';
import { PeoplePicker, type PersonOption } from './people-picker';
import type { ShownPeople } from './people';
import type { Decision } from './types';

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
      <label htmlFor={`${p}-title`}>Decision {index + 1}</label>
      <input id={`${p}-title`} value={d.title} placeholder="What needs deciding?" onChange={(e) => onChange({ title: e.target.value })} />
      <div className="daci-row">
        <label>
          Status
          <select id={`${p}-status`} value={d.status} onChange={(e) => onChange({ status: e.target.value as Decision['status'] })}>
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Impact
          <select id={`${p}-impact`} value={d.impact} onChange={(e) => onChange({ impact: e.target.value as Decision['impact'] })}>
            {IMPACTS.map((s) => (
              <option key={s} value={s}>
                {IMPACT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due date
          <input id={`${p}-due`} type="date" value={d.due ?? ''} onChange={(e) => onChange({ due: e.target.value || undefined })} />
        </label>
      </div>
      {person('driver', 'Driver (one person)')}
      {person('approver', 'Approver (exactly one person)')}
      {people('contributors', 'Contributors')}
      {people('informed', 'Informed')}
      <label htmlFor={`${p}-background`}>Background</label>
      <textarea id={`${p}-background`} value={d.background} onChange={(e) => onChange({ background: e.target.value })} />
      <OptionRows prefix={p} options={d.options} onChange={(options) => onChange({ options })} />
      <label htmlFor={`${p}-outcome`}>Outcome</label>
      <textarea id={`${p}-outcome`} value={d.outcome} onChange={(e) => onChange({ outcome: e.target.value })} />
      <label htmlFor={`${p}-jira`}>Linked work items (keys, e.g. ABC-2)</label>
      <input id={`${p}-jira`} defaultValue={d.jiraKeys.join(', ')} onChange={(e) => onChange({ jiraKeys: jiraKeysOf(e.target.value) })} />
      <Button onClick={onRemove}>Remove decision {index + 1}</Button>
    </section>
  );
}
