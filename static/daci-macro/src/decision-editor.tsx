import Button from '@atlaskit/button/new';
import { DECISION_STATUSES, IMPACTS } from '../../../src/domain/daci/daci-values';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { ChoiceSelect } from '../../shared/choice-select';
import { DateField } from '../../shared/date-field';
import { TextAreaField } from '../../shared/text-area-field';
import { TextField } from '../../shared/text-field';
import { jiraKeysOf } from './draft';
import { OptionRows } from './option-rows';
import { ActionItemRows } from './action-item-rows';
import { PeoplePicker, type PersonOption } from './people-picker';
import type { ShownPeople } from './people';
import type { Decision } from './types';
import { useT } from '../../shared/use-t';

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
  const t = useT();
  const p = `decision-${index}`;
  const number = index + 1;
  const statusChoices = DECISION_STATUSES.map((value) => ({ value, label: t(`daci.status.${value}`) }));
  const impactChoices = IMPACTS.map((value) => ({ value, label: t(`daci.impact.${value}`) }));
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
    <section className="daci-editor" aria-label={t('daci.config.decision', { number })}>
      <TextField
        id={`${p}-title`}
        label={t('daci.config.decision', { number })}
        value={d.title}
        placeholder={t('daci.config.whatNeedsDeciding')}
        maxLength={DACI_LIMITS.decisionTitleLength}
        onChange={(title) => onChange({ title })}
      />
      <div className="daci-row">
        <ChoiceSelect id={`${p}-status`} label={t('daci.column.status')} value={d.status} choices={statusChoices} onChange={(status) => onChange({ status })} />
        <ChoiceSelect id={`${p}-impact`} label={t('daci.column.impact')} value={d.impact} choices={impactChoices} onChange={(impact) => onChange({ impact })} />
        <DateField id={`${p}-due`} label={t('daci.config.dueDate')} value={d.due} onChange={(due) => onChange({ due })} />
      </div>
      {person('driver', t('daci.config.driver'))}
      {person('approver', t('daci.config.approver'))}
      {people('contributors', t('daci.column.contributors'))}
      {people('informed', t('daci.column.informed'))}
      <TextAreaField
        id={`${p}-background`}
        label={t('daci.background')}
        value={d.background}
        limit={DACI_LIMITS.backgroundLength}
        onChange={(background) => onChange({ background })}
      />
      <OptionRows prefix={p} options={d.options} onChange={(options) => onChange({ options })} />
      <TextAreaField
        id={`${p}-outcome`}
        label={t('daci.column.outcome')}
        value={d.outcome}
        limit={DACI_LIMITS.outcomeLength}
        onChange={(outcome) => onChange({ outcome })}
      />
      <ActionItemRows
        prefix={p}
        items={d.actionItems}
        people={known}
        siteUrl={siteUrl}
        onChange={(actionItems) => onChange({ actionItems })}
        onPeople={remember}
      />
      <TextField
        id={`${p}-jira`}
        label={t('daci.config.linkedItems')}
        defaultValue={d.jiraKeys.join(', ')}
        onChange={(keys) => onChange({ jiraKeys: jiraKeysOf(keys) })}
      />
      <Button onClick={onRemove}>{t('daci.config.removeDecision', { number })}</Button>
    </section>
  );
}
