import React, { useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, jira } from './api';
import type { Issue } from './types';
import { ErrorText, StatusLozenge, space } from './ui';

/** The demo project's work items, from the stand-in's JQL search. */
export function ProjectPage() {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    const jql = encodeURIComponent('project = ABC ORDER BY key');
    jira.get<{ issues: Issue[] }>(`/rest/api/3/search/jql?jql=${jql}&fields=summary,status,issuetype,assignee,parent&maxResults=100`).then(
      (r) => setIssues(r.issues),
      (e) => setErrors(isJiraError(e) ? e.messages : [String(e)]),
    );
  }, []);
  const cell = { padding: `${space(75)} ${space(100)}`, borderBottom: `1px solid ${token('color.border')}`, textAlign: 'left' as const };
  return (
    <section aria-label="Work items">
      <h1 style={{ font: token('font.heading.large') }}>Checkout (ABC)</h1>
      <ErrorText messages={errors} />
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['Key', 'Summary', 'Type', 'Status', 'Assignee'].map((h) => (
              <th key={h} style={{ ...cell, color: token('color.text.subtle') }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {issues.map((i) => (
            <tr key={i.key}>
              <td style={cell}>
                <a href={`/browse/${i.key}`}>{i.key}</a>
              </td>
              <td style={cell}>{i.fields.summary}</td>
              <td style={cell}>{i.fields.issuetype.name}</td>
              <td style={cell}>
                <StatusLozenge name={i.fields.status.name} category={i.fields.status.statusCategory.key} />
              </td>
              <td style={cell}>{i.fields.assignee?.displayName ?? 'Unassigned'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
