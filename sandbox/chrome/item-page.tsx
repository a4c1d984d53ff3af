import React, { useCallback, useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, jira } from './api';
import { adfToText } from './adf-text';
import { ItemFieldsForm } from './item-fields-form';
import { TransitionButtons } from './transition-buttons';
import { IssueApps } from './issue-apps';
import { IssueContextApps } from './issue-context-apps';
import type { Issue, LinkedItem } from './types';
import { Button, Card, ErrorText, StatusLozenge, space } from './ui';

function ItemLink({ item }: { item: LinkedItem }) {
  return (
    <>
      <a href={`/browse/${item.key}`}>{item.key}</a> {item.fields.summary}{' '}
      <StatusLozenge name={item.fields.status.name} category={item.fields.status.statusCategory.key} />
    </>
  );
}

function Details({ issue }: { issue: Issue }) {
  const f = issue.fields;
  const rows: Array<[string, React.ReactNode]> = [
    ['Work type', f.issuetype.name],
    ['Assignee', f.assignee?.displayName ?? 'Unassigned'],
    ['Fix versions', f.fixVersions.map((v) => v.name).join(', ') || 'None'],
    ['Labels', f.labels.join(', ') || 'None'],
    [issue.names?.['customfield_10016'] ?? 'Story points', String(f['customfield_10016'] ?? 'None')],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${space(50)} ${space(200)}`, margin: 0 }}>
      {rows.map(([name, value]) => (
        <React.Fragment key={name}>
          <dt style={{ color: token('color.text.subtle') }}>{name}</dt>
          <dd style={{ margin: 0 }} data-testid={`field-${name}`}>
            {value}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** A work item as Jira's issue view shows it: fields, sub-tasks, links, transitions, and the app's panels. */
export function ItemPage({ issueKey, flash }: { issueKey: string; flash(message: string): void }) {
  const [issue, setIssue] = useState<Issue | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  // The flag for what just happened is shown once the item has reloaded, so it never describes a stale view.
  const [pendingFlag, setPendingFlag] = useState<string | undefined>();
  const reloadThenFlash = useCallback((message: string) => {
    setPendingFlag(message);
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    jira.get<Issue>(`/rest/api/3/issue/${issueKey}?expand=names`).then(setIssue, (e) => setErrors(isJiraError(e) ? e.messages : [String(e)]));
  }, [issueKey, version]);
  useEffect(() => {
    if (pendingFlag === undefined || issue === undefined) return;
    flash(pendingFlag);
    setPendingFlag(undefined);
    // Runs when the reloaded item arrives (a new `issue` object).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [issue]);

  if (!issue) return <ErrorText messages={errors} />;
  const moved = reloadThenFlash;
  const f = issue.fields;
  const links = f.issuelinks.map((l) => ({ id: l.id, phrase: l.inwardIssue ? l.type.inward : l.type.outward, item: (l.inwardIssue ?? l.outwardIssue)! }));
  return (
    <article aria-label={`${issue.key} ${f.summary}`} key={version}>
      <div style={{ color: token('color.text.subtle') }}>
        {f.project.name} / {issue.key}
      </div>
      <h1 style={{ font: token('font.heading.large'), margin: `${space(100)} 0` }}>{f.summary}</h1>
      <div style={{ display: 'flex', gap: space(200), alignItems: 'center', marginBottom: space(200) }}>
        <StatusLozenge name={f.status.name} category={f.status.statusCategory.key} />
        <TransitionButtons issueKey={issue.key} onMoved={moved} />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: space(300) }}>
        <div>
          <Card title="Description">
            <p data-testid="description" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {adfToText(f.description) || 'No description'}
            </p>
          </Card>
          {f.subtasks.length > 0 && (
            <Card title="Sub-tasks">
              <ul style={{ margin: 0, paddingLeft: space(200) }}>
                {f.subtasks.map((s) => (
                  <li key={s.key} style={{ marginBottom: space(100) }}>
                    <ItemLink item={s} /> <TransitionButtons issueKey={s.key} onMoved={moved} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {links.length > 0 && (
            <Card title="Linked work items">
              <ul style={{ margin: 0, paddingLeft: space(200) }}>
                {links.map((l) => (
                  <li key={l.id}>
                    {l.phrase} <ItemLink item={l.item} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <IssueApps issue={issue} location="panel" />
        </div>
        <div>
          <IssueContextApps issue={issue} />
          <Card title="Details">
            {editing ? (
              <ItemFieldsForm
                issue={issue}
                onSaved={() => {
                  setEditing(false);
                  reloadThenFlash(`${issue.key} saved`);
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <Details issue={issue} />
                <Button style={{ marginTop: space(150) }} onClick={() => setEditing(true)}>
                  Edit fields
                </Button>
              </>
            )}
          </Card>
        </div>
      </div>
    </article>
  );
}
