import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Checkbox from '@atlaskit/checkbox';
import { useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import { SearchPicker } from '../../shared/search-picker';
import type { Choice } from '../../shared/choice-select';
import type { Principals } from './shared/types';
import { usePeopleNames } from './people-names';
import { useT } from '../../shared/use-t';

const clean = (p: Principals): Principals | undefined => {
  const next: Principals = {};
  if (p.groups?.length) next.groups = p.groups;
  if (p.projectRoles?.length) next.projectRoles = p.projectRoles;
  if (p.accountIds?.length) next.accountIds = p.accountIds;
  return Object.keys(next).length ? next : undefined;
};
const named = (names: string[]): Choice<string>[] => names.map((n) => ({ value: n, label: n }));

/** Who may approve, waive or verify: groups and people searched in Jira as the admin types, project roles ticked. */
export function PrincipalsEditor({
  legend,
  value,
  roles,
  onChange,
  testId,
}: {
  legend: string;
  value: Principals | undefined;
  roles: string[];
  onChange: (p: Principals | undefined) => void;
  testId: string;
}) {
  const t = useT();
  const known = usePeopleNames();
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<ResolverError | undefined>();
  const groups = value?.groups ?? [];
  const held = value?.projectRoles ?? [];
  const people = (value?.accountIds ?? []).map((id) => ({ value: id, label: picked.get(id) ?? known.get(id) ?? t('principals.unknownPerson', { id }) }));
  // Roles a gate names that this page's list lacks (a copied template) stay visible so they can be unticked.
  const roleChoices = [...roles, ...held.filter((r) => !roles.includes(r))];

  const searchGroups = async (query: string) => {
    const answer = await call<{ groups: string[] }>('searchGroups', { query: query.trim() });
    setFailure(answer.ok ? undefined : { ...answer.error, message: t('principals.groupSearchFailed', { message: answer.error.message }) });
    return answer.ok ? named(answer.data.groups) : [];
  };
  const searchPeople = async (query: string) => {
    const answer = await call<{ people: Array<{ accountId: string; displayName: string }> }>('searchPeople', { query: query.trim() });
    setFailure(answer.ok ? undefined : { ...answer.error, message: t('principals.peopleSearchFailed', { message: answer.error.message }) });
    return answer.ok ? answer.data.people.map((p) => ({ value: p.accountId, label: p.displayName })) : [];
  };
  return (
    <fieldset className="cf-card cf-principals" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="cf-principals-pickers">
        <SearchPicker
          id={`${testId}-groups`}
          label={t('principals.groups')}
          multi
          value={named(groups)}
          search={searchGroups}
          createLabel={(typed) => t('principals.addGroup', { group: typed.trim() })}
          noOptionsMessage={t('principals.noGroup')}
          onChange={(next) => (setFailure(undefined), onChange(clean({ ...value, groups: next.map((g) => g.value) })))}
        />
        <SearchPicker
          id={`${testId}-people`}
          label={t('principals.people')}
          multi
          value={people}
          search={searchPeople}
          noOptionsMessage={t('principals.nobody')}
          onChange={(next) => {
            setPicked(new Map([...picked, ...next.map((p) => [p.value, p.label] as const)]));
            onChange(clean({ ...value, accountIds: next.map((p) => p.value) }));
          }}
        />
      </div>
      {failure && <ErrorMessage error={failure} placeOf={gateProblemPlace} withPath testId={`${testId}-search-error`} />}
      {roleChoices.length > 0 && (
        <div className="cf-row" role="group" aria-label={t('principals.rolesOf', { legend })}>
          <span className="cf-muted">{t('principals.roles')}</span>
          {roleChoices.map((role) => (
            <Checkbox
              key={role}
              label={role}
              isChecked={held.includes(role)}
              onChange={(e) => onChange(clean({ ...value, projectRoles: e.target.checked ? [...held, role] : held.filter((r) => r !== role) }))}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
