import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button, { IconButton } from '@atlaskit/button/new';
import CrossIcon from '@atlaskit/icon/core/cross';
import Checkbox from '@atlaskit/checkbox';
import { useId, useRef, useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { Principals } from './shared/types';

const clean = (p: Principals): Principals | undefined => {
  const next: Principals = {};
  if (p.groups?.length) next.groups = p.groups;
  if (p.projectRoles?.length) next.projectRoles = p.projectRoles;
  if (p.accountIds?.length) next.accountIds = p.accountIds;
  return Object.keys(next).length ? next : undefined;
};

/** Groups (searched in Jira as you type) and project roles (ticked) for approvers, waivers and QA verifiers. */
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
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<string[]>([]);
  const [failure, setFailure] = useState<ResolverError | undefined>();
  const latest = useRef(0);
  const groups = value?.groups ?? [];
  const held = value?.projectRoles ?? [];
  const search = async (query: string) => {
    setTyped(query);
    const asked = ++latest.current;
    if (query.trim().length === 0) return (setFound([]), setFailure(undefined));
    const answer = await call<{ groups: string[] }>('searchGroups', { query: query.trim() });
    // Answers can overtake each other while the admin types; only the last question counts.
    if (asked !== latest.current) return;
    setFound(answer.ok ? answer.data.groups : []);
    setFailure(
      answer.ok ? undefined : { ...answer.error, message: `Group search failed: ${answer.error.message} You can still type a group's full name and add it.` },
    );
  };
  const addGroup = () => {
    const name = typed.trim();
    if (name && !groups.includes(name)) onChange(clean({ ...value, groups: [...groups, name] }));
    setTyped('');
    setFailure(undefined);
  };
  return (
    <fieldset className="cf-card" data-testid={testId} style={{ margin: '8px 0' }}>
      <legend>{legend}</legend>
      <div className="cf-row">
        {groups.map((g) => (
          <span key={g} className="cf-row" style={{ gap: 2 }}>
            <span>Group {g}</span>
            <IconButton
              icon={CrossIcon}
              label={`Remove group ${g}`}
              appearance="subtle"
              spacing="compact"
              onClick={() => onChange(clean({ ...value, groups: groups.filter((x) => x !== g) }))}
            />
          </span>
        ))}
      </div>
      <div className="cf-row">
        <input
          className="cf-field"
          list={listId}
          aria-label={`${legend}: find a group`}
          placeholder="Find a group…"
          value={typed}
          onChange={(e) => void search(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addGroup())}
        />
        <datalist id={listId}>
          {found.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <Button spacing="compact" onClick={addGroup} isDisabled={typed.trim() === ''}>
          Add group
        </Button>
      </div>
      {failure && <ErrorMessage error={failure} placeOf={gateProblemPlace} withPath testId={`${testId}-search-error`} />}
      <div className="cf-row" role="group" aria-label={`${legend}: project roles`}>
        {roles.map((role) => (
          <Checkbox
            key={role}
            label={role}
            isChecked={held.includes(role)}
            onChange={(e) => onChange(clean({ ...value, projectRoles: e.target.checked ? [...held, role] : held.filter((r) => r !== role) }))}
          />
        ))}
      </div>
    </fieldset>
  );
}
