import React from 'react';
import { AppFrame } from './app-frame';
import { useModules } from './modules';
import { useTheme } from './theme-context';
import type { Issue } from './types';
import { Card } from './ui';

/** The app's issue panels (main column) or issue context items (side column) for one work item. */
export function IssueApps({ issue, location }: { issue: Issue; location: 'panel' | 'context' }) {
  const modules = useModules(location === 'panel' ? 'jira:issuePanel' : 'jira:issueContext');
  const theme = useTheme();
  const extension = {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
    project: { id: issue.fields.project.id, key: issue.fields.project.key, type: 'software' },
  };
  return (
    <>
      {modules.map((m) =>
        m.resources['default'] ? (
          <Card key={m.key} title={m.title ?? m.key} testId={`issue-app-${m.key}`}>
            <AppFrame module={m} resourceKey={m.resources['default']} extension={extension} theme={theme} />
          </Card>
        ) : null,
      )}
    </>
  );
}
