import React from 'react';
import { token } from '@atlaskit/tokens';
import { AppFrame } from './app-frame';
import { useModulesOrLoading } from './modules';
import { useTheme } from './theme-context';

/**
 * Jira's project settings page (`jira:projectSettingsPage`, extension.project) and Jira admin
 * page (`jira:adminPage`) for the app's modules, each hosting the module's Custom UI as Jira
 * does: the whole content area, the module title as the page's heading in the sidebar.
 */
export function ModulePage({ type, heading, extension, testId }: { type: string; heading: string; extension: Record<string, unknown>; testId: string }) {
  const modules = useModulesOrLoading(type);
  const theme = useTheme();
  if (modules === undefined) return <p>Loading…</p>;
  return (
    <section aria-label={heading} data-testid={testId}>
      <p style={{ color: token('color.text.subtle'), margin: 0 }}>{heading}</p>
      {modules.length === 0 && <p>The app declares no {type} module.</p>}
      {modules.map((m) =>
        m.resources['default'] ? (
          <div key={m.key} style={{ background: token('elevation.surface'), borderRadius: 6, marginTop: 8 }}>
            <AppFrame module={m} resourceKey={m.resources['default']} extension={extension} theme={theme} title={m.title ?? m.key} />
          </div>
        ) : null,
      )}
    </section>
  );
}

export function ProjectSettingsPage() {
  const extension = { project: { id: '10000', key: 'ABC', type: 'software' } };
  return <ModulePage type="jira:projectSettingsPage" heading="Project settings · Checkout (ABC) · Apps" extension={extension} testId="project-settings-page" />;
}

/** Jira's project page (`jira:projectPage`): the app's tab in the project's navigation. */
export function ProjectAppPage() {
  const extension = { project: { id: '10000', key: 'ABC', type: 'software' } };
  return <ModulePage type="jira:projectPage" heading="Checkout (ABC) · Apps" extension={extension} testId="project-app-page" />;
}

export function AdminPage() {
  return <ModulePage type="jira:adminPage" heading="Jira settings · Apps" extension={{}} testId="admin-page" />;
}
