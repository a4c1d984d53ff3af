import React, { useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { AppFrame } from './app-frame';
import { useTheme } from './theme-context';
import type { Issue } from './types';
import { space } from './ui';

/** A `jira:issueContext` module as the sandbox server reads it from the manifest (sandbox/server/issue-context-route.ts). */
interface ContextModule {
  type: 'jira:issueContext';
  key: string;
  title: string;
  label: string;
  status?: ContextStatus['status'];
  resources: Record<string, string>;
  resolverFunction?: string;
  dynamicPropertiesFunction?: string;
}

interface ContextStatus {
  status?: { type: 'lozenge' | 'badge' | 'icon'; value: { label: string; type?: string; url?: string } };
}

const LOZENGE_COLOURS = {
  default: ['color.background.neutral', 'color.text.subtle'],
  inprogress: ['color.background.information', 'color.text.information'],
  moved: ['color.background.warning', 'color.text.warning'],
  new: ['color.background.discovery', 'color.text.discovery'],
  removed: ['color.background.danger', 'color.text.danger'],
  success: ['color.background.success', 'color.text.success'],
} as const;

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

let modulesCache: Promise<ContextModule[]> | undefined;
const contextModules = () => (modulesCache ??= fetch('/__sandbox/issue-context/modules').then((r) => (r.ok ? (r.json() as Promise<ContextModule[]>) : [])));

/** The status beside the label: a lozenge or a badge, as the module's status (or dynamicProperties) says. */
function StatusMark({ status, moduleKey }: { status: ContextStatus['status']; moduleKey: string }) {
  if (!status || status.type === 'icon') return null;
  const [bg, fg] =
    status.type === 'badge'
      ? LOZENGE_COLOURS.default
      : (LOZENGE_COLOURS[(status.value.type ?? 'default') as keyof typeof LOZENGE_COLOURS] ?? LOZENGE_COLOURS.default);
  return (
    <span
      data-testid={`context-status-${moduleKey}`}
      data-appearance={status.value.type ?? 'default'}
      style={{
        background: token(bg),
        color: token(fg),
        font: token('font.body.small'),
        fontWeight: 700,
        textTransform: status.type === 'badge' ? 'none' : 'uppercase',
        padding: '0 4px',
        borderRadius: status.type === 'badge' ? 8 : 3,
        whiteSpace: 'nowrap',
      }}
    >
      {status.value.label}
    </span>
  );
}

/** One issue context panel: collapsed, the label and the dynamic status; expanded, the app's Custom UI. */
function ContextPanel({ module, issue }: { module: ContextModule; issue: Issue }) {
  const theme = useTheme();
  const [expanded, setExpanded] = useState(false);
  const [status, setStatus] = useState<ContextStatus['status']>(module.status);
  const extension = {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
    project: { id: issue.fields.project.id, key: issue.fields.project.key, type: 'software' },
  };
  // Jira asks the dynamicProperties function whenever the panel is (again) collapsed.
  useEffect(() => {
    if (expanded || !module.dynamicPropertiesFunction) return;
    let current = true;
    post<ContextStatus>('/__sandbox/issue-context/status', { moduleKey: module.key, ...extension }).then(
      (answer) => current && answer.status && setStatus(answer.status),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, module.key, issue.id]);
  const frameId = `issue-context-${module.key}`;
  return (
    <section
      data-testid={`issue-context-${module.key}`}
      style={{ border: `1px solid ${token('color.border')}`, borderRadius: 6, marginBottom: space(200), background: token('elevation.surface') }}
    >
      <h2 style={{ margin: 0, font: 'inherit' }}>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={frameId}
          onClick={() => setExpanded((e) => !e)}
          style={{
            display: 'flex',
            width: '100%',
            alignItems: 'center',
            gap: space(100),
            padding: space(150),
            background: 'transparent',
            border: 'none',
            color: token('color.text'),
            font: token('font.body'),
            fontWeight: 600,
            cursor: 'pointer',
            textAlign: 'left',
          }}
        >
          <span aria-hidden="true" style={{ color: token('color.icon.subtle'), width: 12 }}>
            {expanded ? '▾' : '▸'}
          </span>
          <span style={{ flex: 1 }}>{module.label}</span>
          {!expanded && <StatusMark status={status} moduleKey={module.key} />}
        </button>
      </h2>
      {expanded && module.resources['default'] && (
        <div id={frameId} style={{ padding: `0 ${space(150)} ${space(150)}` }}>
          <AppFrame module={module} resourceKey={module.resources['default']} extension={extension} theme={theme} title={module.title} />
        </div>
      )}
    </section>
  );
}

/** The app's issue context panels in the item's right column, as Jira's issue view shows them. */
export function IssueContextApps({ issue }: { issue: Issue }) {
  const [modules, setModules] = useState<ContextModule[]>([]);
  useEffect(() => {
    contextModules().then(setModules, () => setModules([]));
  }, []);
  return (
    <>
      {modules.map((m) => (
        <ContextPanel key={m.key} module={m} issue={issue} />
      ))}
    </>
  );
}
