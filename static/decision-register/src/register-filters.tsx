import { useEffect, useState } from 'react';
import { ownEntry } from '../../../src/domain/own-entry';
import { DateField } from '../../shared/date-field';
import { FilterSelect } from '../../shared/filter-select';
import { TextField } from '../../shared/text-field';
import { useT } from '../../shared/use-t';
import type { RegisterData, RegisterQueryInput } from './types';
import { NO_FILTERS, RegisterToggles } from './register-toggles';

/** How long typing pauses before the register is asked again. */
const TYPING_PAUSE_MS = 300;

interface Props {
  data: RegisterData;
  query: RegisterQueryInput;
  onChange(change: Partial<RegisterQueryInput>): void;
}

function useTypedText(text: string, onChange: Props['onChange']) {
  const [typed, setTyped] = useState(text);
  useEffect(() => {
    if (typed.trim() === text.trim()) return;
    const timer = setTimeout(() => onChange({ text: typed }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, text, onChange]);
  return [typed, setTyped] as const;
}

/** The register's filters: every one narrows the list; counts say what each toggle would leave. */
export function RegisterFilters({ data, query, onChange }: Props) {
  const t = useT();
  const [typed, setTyped] = useTypedText(query.text ?? '', onChange);
  const { facets } = data;
  const person = (id: string) => ({ value: id, label: ownEntry(data.people, id)?.displayName ?? t('person.unknown') });
  const one = (value: string[]) => value[0];
  const filtered =
    (query.statuses?.length ?? 0) + (query.impacts?.length ?? 0) > 0 ||
    Boolean(query.approver || query.driver || query.dueFrom || query.dueTo || query.awaitingMe || query.overdue || query.stale || query.text);
  return (
    <section className="reg-filters" aria-label={t('register.filters')} data-testid="register-filters">
      <div className="reg-filter-grid">
        <TextField
          id="reg-text"
          label={t('register.filter.text')}
          value={typed}
          onChange={setTyped}
          maxLength={100}
          placeholder={t('register.filter.textHint')}
        />
        <FilterSelect
          id="reg-status"
          label={t('daci.column.status')}
          isMulti
          choices={facets.statuses.map((s) => ({ value: s.value, label: `${t(`daci.status.${s.value}`)} (${s.count})` }))}
          value={query.statuses ?? []}
          placeholder={t('register.filter.any')}
          onChange={(statuses) => onChange({ statuses: statuses as RegisterQueryInput['statuses'] })}
        />
        <FilterSelect
          id="reg-impact"
          label={t('daci.column.impact')}
          isMulti
          choices={facets.impacts.map((s) => ({ value: s.value, label: `${t(`daci.impact.${s.value}`)} (${s.count})` }))}
          value={query.impacts ?? []}
          placeholder={t('register.filter.any')}
          onChange={(impacts) => onChange({ impacts: impacts as RegisterQueryInput['impacts'] })}
        />
        <FilterSelect
          id="reg-approver"
          label={t('daci.column.approver')}
          choices={facets.approvers.map(person)}
          value={query.approver ? [query.approver] : []}
          placeholder={t('register.filter.anyone')}
          onChange={(v) => onChange({ approver: one(v) })}
        />
        <FilterSelect
          id="reg-driver"
          label={t('daci.column.driver')}
          choices={facets.drivers.map(person)}
          value={query.driver ? [query.driver] : []}
          placeholder={t('register.filter.anyone')}
          onChange={(v) => onChange({ driver: one(v) })}
        />
        <DateField id="reg-due-from" label={t('register.filter.dueFrom')} value={query.dueFrom} onChange={(dueFrom) => onChange({ dueFrom })} />
        <DateField id="reg-due-to" label={t('register.filter.dueTo')} value={query.dueTo} onChange={(dueTo) => onChange({ dueTo })} />
      </div>
      <RegisterToggles
        facets={facets}
        query={query}
        filtered={filtered}
        onChange={onChange}
        onClear={() => {
          setTyped('');
          onChange(NO_FILTERS);
        }}
      />
    </section>
  );
}
