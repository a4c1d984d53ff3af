import React, { useState } from 'react';
import { token } from '@atlaskit/tokens';
import { AppFrame } from './app-frame';
import { useModulesOrLoading } from './modules';
import { useTheme } from './theme-context';
import { Button, space } from './ui';
import type { CustomUiModuleInfo } from './types';

const CONFIG_KEY = 'sandbox-gadget-config';

function storedConfig(): Record<string, unknown> {
  try {
    return JSON.parse(localStorage.getItem(CONFIG_KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * A Jira dashboard with the app's gadgets (`jira:dashboardGadget`): each shows its view resource
 * with its saved configuration (`extension.gadgetConfiguration`); Edit shows its edit resource,
 * whose `view.submit(config)` saves the configuration (kept in this browser), as Jira does.
 */
export function DashboardPage() {
  const modules = useModulesOrLoading('jira:dashboardGadget');
  if (modules === undefined) return <p>Loading…</p>;
  return (
    <section aria-label="Dashboard" data-testid="dashboard-page">
      <h1 style={{ font: token('font.heading.large') }}>Dashboard</h1>
      {modules.map((m) => (
        <Gadget key={m.key} module={m} />
      ))}
    </section>
  );
}

function Gadget({ module }: { module: CustomUiModuleInfo }) {
  const theme = useTheme();
  const [config, setConfig] = useState(storedConfig);
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState(0);
  const extension = (entryPoint: 'view' | 'edit') => ({
    type: 'jira:dashboardGadget',
    entryPoint,
    gadgetConfiguration: config,
    dashboard: { id: '10000' },
    gadget: { id: '10100' },
  });
  const save = (payload: unknown) => {
    const next = (payload ?? {}) as Record<string, unknown>;
    localStorage.setItem(CONFIG_KEY, JSON.stringify(next));
    setConfig(next);
    setEditing(false);
    setShown((n) => n + 1);
  };
  const title = module.title ?? module.key;
  return (
    <div
      style={{ background: token('elevation.surface'), borderRadius: 6, padding: space(200), marginTop: space(200), maxWidth: 640 }}
      data-testid={`gadget-${module.key}`}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong>{title}</strong>
        {module.resources['edit'] && !editing && (
          <Button onClick={() => setEditing(true)} data-testid="gadget-edit">
            Edit
          </Button>
        )}
      </div>
      {editing ? (
        <AppFrame
          key="edit"
          module={module}
          resourceKey={module.resources['edit'] as string}
          extension={extension('edit')}
          theme={theme}
          title={`${title} settings`}
          onSubmit={save}
          onClose={() => setEditing(false)}
        />
      ) : (
        module.resources['default'] && (
          <AppFrame key={`view-${shown}`} module={module} resourceKey={module.resources['default']} extension={extension('view')} theme={theme} title={title} />
        )
      )}
    </div>
  );
}
