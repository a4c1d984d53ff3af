import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import { useT } from '../../shared/use-t';
import type { RegisterData, RegisterQueryInput } from './types';

/** Every filter off. */
export const NO_FILTERS: Partial<RegisterQueryInput> = {
  statuses: [],
  impacts: [],
  approver: undefined,
  driver: undefined,
  dueFrom: undefined,
  dueTo: undefined,
  awaitingMe: false,
  overdue: false,
  stale: false,
  text: '',
};

interface Props {
  facets: RegisterData['facets'];
  query: RegisterQueryInput;
  /** Whether any filter is on (then "Clear filters" is offered). */
  filtered: boolean;
  onChange(change: Partial<RegisterQueryInput>): void;
  onClear(): void;
}

/** The register's on/off filters, each with how many decisions it would leave, and "Clear filters". */
export function RegisterToggles({ facets, query, filtered, onChange, onClear }: Props) {
  const t = useT();
  return (
    <div className="reg-toggles">
      <Checkbox
        testId="reg-awaiting-me"
        label={t('register.filter.awaitingMe', { count: facets.awaitingMe })}
        isChecked={query.awaitingMe === true}
        onChange={(e) => onChange({ awaitingMe: e.target.checked })}
      />
      <Checkbox
        testId="reg-overdue"
        label={t('register.filter.overdue', { count: facets.overdue })}
        isChecked={query.overdue === true}
        onChange={(e) => onChange({ overdue: e.target.checked })}
      />
      <Checkbox
        testId="reg-stale"
        label={t('register.filter.stale', { count: facets.stale })}
        isChecked={query.stale === true}
        onChange={(e) => onChange({ stale: e.target.checked })}
      />
      {filtered && (
        <Button appearance="subtle" onClick={onClear}>
          {t('register.filter.clear')}
        </Button>
      )}
    </div>
  );
}
