import React, { useEffect, useRef, useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { MountedCustomUi } from '../host/host-frame';
import { isJiraError, sandboxApi } from './api';
import { AppFrame } from './app-frame';
import { useModulesOrLoading } from './modules';
import { useTheme } from './theme-context';
import type { CustomUiModuleInfo } from './types';
import { Blanket, Button, Card, ErrorText, space } from './ui';

export interface WorkflowRule {
  id: string;
  type: string;
  configuration: unknown;
}
export interface WorkflowStatusRef {
  id: string;
  name: string;
  statusCategory?: string;
  description?: string;
}
export interface WorkflowTransition {
  id: string;
  name: string;
  /** Status names (the JSON editor's title). */
  from: string[];
  to: string;
  fromStatuses: WorkflowStatusRef[];
  toStatus: WorkflowStatusRef;
  rules: WorkflowRule[];
}
interface Workflow {
  workflowId: string;
  workflowName: string;
  /** Set for a team-managed project's workflow: the new editor passes it to the rule screens. */
  scopedProjectId?: string;
  project?: { id: string; key: string; name: string };
  transitions: WorkflowTransition[];
}

const GATE_RULE = 'shipshape-gate';
const GATE_NAME = 'Shipshape gate';
/** The new workflow editor saves at most 32 KB of configuration per rule. */
const MAX_CONFIG_BYTES = 32 * 1024;
/** How long Update / Add waits for the app's onConfigure callback to answer. */
const CONFIGURE_ANSWER_MS = 30_000;

const messagesOf = (error: unknown): string[] => (isJiraError(error) ? error.messages : [error instanceof Error ? error.message : String(error)]);
const gateRuleOf = (transition: WorkflowTransition) => transition.rules.find((r) => r.type === GATE_RULE);

/** Replaces the transition's gate rule (undefined removes it), keeping its other rules. */
async function saveGateRule(workflow: Workflow, transition: WorkflowTransition, configuration: unknown | undefined): Promise<void> {
  const rule = gateRuleOf(transition);
  const others = transition.rules.filter((r) => r.type !== GATE_RULE);
  const rules = configuration === undefined ? others : [...others, { id: rule?.id ?? `rule-${transition.id}`, type: GATE_RULE, configuration }];
  await sandboxApi.put(`workflows/${encodeURIComponent(workflow.workflowId)}/transitions/${transition.id}/rules`, rules);
}

function RuleEditor({ workflow, transition, onSaved }: { workflow: Workflow; transition: WorkflowTransition; onSaved(): void }) {
  const rule = gateRuleOf(transition);
  const [text, setText] = useState(rule ? JSON.stringify(rule.configuration) : '');
  const [errors, setErrors] = useState<string[]>([]);
  async function save(configuration: unknown | undefined) {
    try {
      await saveGateRule(workflow, transition, configuration);
      setErrors([]);
      onSaved();
    } catch (error) {
      setErrors(messagesOf(error));
    }
  }
  function saveText() {
    try {
      void save(text.trim() === '' ? undefined : JSON.parse(text));
    } catch {
      setErrors(['The configuration is not valid JSON']);
    }
  }
  return (
    <div style={{ display: 'grid', gap: space(100) }}>
      <label>
        Shipshape gate rule configuration (JSON; empty removes the rule)
        <textarea
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid={`rule-config-${transition.id}`}
          style={{
            width: '100%',
            boxSizing: 'border-box',
            fontFamily: token('font.family.code'),
            background: token('color.background.input'),
            color: token('color.text'),
            border: `2px solid ${token('color.border.input')}`,
          }}
        />
      </label>
      <ErrorText messages={errors} />
      <div>
        <Button onClick={saveText} data-testid={`save-rule-${transition.id}`}>
          Save rule
        </Button>
      </div>
    </div>
  );
}

/**
 * What the app's `workflowRules.onConfigure` returned, as the sandbox stores it: the parsed JSON
 * when it is an object or array (Jira hands the validator function the parsed `configuration`),
 * else the string as it came.
 */
function configurationFrom(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : text;
  } catch {
    return text;
  }
}

/** `extension.validatorConfig`: the saved configuration as the JSON string the app's onConfigure returned. */
const validatorConfigOf = (configuration: unknown): string => (typeof configuration === 'string' ? configuration : JSON.stringify(configuration));

type EntryPoint = 'create' | 'edit' | 'view';

/** The `extension` the new workflow editor gives a validator's create / edit / view resource. */
function validatorExtension(workflow: Workflow, transition: WorkflowTransition, entryPoint: EntryPoint): Record<string, unknown> {
  const rule = gateRuleOf(transition);
  return {
    entryPoint,
    ...(entryPoint !== 'create' && rule ? { validatorConfig: validatorConfigOf(rule.configuration) } : {}),
    isNewEditor: true,
    workflowId: workflow.workflowId,
    ...(workflow.scopedProjectId ? { scopedProjectId: workflow.scopedProjectId } : {}),
    transitionContext: {
      id: transition.id,
      // The editor's transition context names one source status; a transition from several statuses shows its first.
      from: transition.fromStatuses[0] ?? null,
      to: transition.toStatus,
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface DialogRequest {
  entryPoint: 'create' | 'edit';
  resourceKey: string;
}

/**
 * The workflow editor's rule dialog: the app's `create` or `edit` resource, and Add / Update,
 * which runs the app's `workflowRules.onConfigure` callback. A string is saved; undefined saves
 * nothing and keeps the dialog open (the app's way of refusing an incomplete form).
 */
function RuleConfigDialog({
  module,
  request,
  extension,
  transitionName,
  onConfigured,
  onCancel,
}: {
  module: CustomUiModuleInfo;
  request: DialogRequest;
  extension: Record<string, unknown>;
  transitionName: string;
  onConfigured(configuration: unknown): Promise<void>;
  onCancel(): void;
}) {
  const theme = useTheme();
  const frame = useRef<MountedCustomUi>();
  const dialog = useRef<HTMLDivElement>(null);
  const last = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | undefined>();
  const adding = request.entryPoint === 'create';
  const title = `${adding ? 'Add' : 'Edit'} ${GATE_NAME} on ${transitionName}`;
  const confirmLabel = adding ? 'Add' : 'Update';

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    dialog.current?.focus();
    return () => opener?.focus();
  }, []);

  async function confirm() {
    if (!frame.current) return;
    setBusy(true);
    setErrors([]);
    setNotice(undefined);
    try {
      let value: string | undefined;
      try {
        value = await withTimeout(
          frame.current.configure(),
          CONFIGURE_ANSWER_MS,
          `The app's workflowRules.onConfigure callback did not answer within ${CONFIGURE_ANSWER_MS / 1000} seconds.`,
        );
      } catch (error) {
        setErrors([`Nothing was saved. ${messagesOf(error).join(' ')}`]);
        return;
      }
      if (value === undefined) {
        // Jira's editor keeps the dialog open when the app answers nothing: the app's own screen says why.
        setNotice('Nothing was saved: the rule needs more before it can be added (see the message in the rule).');
        return;
      }
      const bytes = new TextEncoder().encode(value).length;
      if (bytes > MAX_CONFIG_BYTES) {
        setErrors([`Nothing was saved. The configuration is ${bytes} bytes; Jira's workflow editor saves at most ${MAX_CONFIG_BYTES} bytes.`]);
        return;
      }
      try {
        await onConfigured(configurationFrom(value));
      } catch (error) {
        setErrors([`The configuration could not be saved. ${messagesOf(error).join(' ')}`]);
      }
    } finally {
      setBusy(false);
    }
  }

  // Keep Tab inside the dialog: the sentinels send focus round to the other end.
  const wrapTo = (target: React.RefObject<HTMLElement>) => () => target.current?.focus();

  return (
    <Blanket padding="8vh 0 0">
      <span tabIndex={0} onFocus={wrapTo(last)} />
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="rule-dialog-title"
        aria-busy={busy}
        tabIndex={-1}
        data-testid="rule-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) onCancel();
        }}
        style={{
          background: token('elevation.surface.overlay'),
          boxShadow: token('elevation.shadow.overlay'),
          color: token('color.text'),
          borderRadius: 6,
          padding: space(300),
          width: 'min(720px, 92vw)',
          maxHeight: '80vh',
          overflow: 'auto',
          outline: 'none',
        }}
      >
        <h2 id="rule-dialog-title" style={{ font: token('font.heading.medium'), marginTop: 0 }}>
          {title}
        </h2>
        <div data-testid={`rule-${request.entryPoint}-frame`} style={{ border: `1px solid ${token('color.border')}`, borderRadius: 3 }}>
          <AppFrame
            module={module}
            resourceKey={request.resourceKey}
            extension={extension}
            theme={theme}
            title={`${GATE_NAME} configuration (${request.entryPoint})`}
            onMounted={(mounted) => (frame.current = mounted)}
          />
        </div>
        <ErrorText messages={errors} />
        {notice && (
          <div role="status" data-testid="rule-dialog-notice" style={{ color: token('color.text.subtle'), margin: `${space(100)} 0` }}>
            {notice}
          </div>
        )}
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: space(100), marginTop: space(200) }}>
          <Button appearance="subtle" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
          <Button ref={last} appearance="primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Saving…' : confirmLabel}
          </Button>
        </div>
      </div>
      <span tabIndex={0} onFocus={wrapTo(dialog)} />
    </Blanket>
  );
}

/**
 * A transition's gate rule as the new workflow editor shows a Forge validator with Custom UI:
 * its `view` resource as the rule's summary, Edit (the `edit` resource, then Update) and, on a
 * transition without the rule, Add (the `create` resource, then Add).
 */
function GateRule({
  module,
  workflow,
  transition,
  onSaved,
}: {
  module: CustomUiModuleInfo;
  workflow: Workflow;
  transition: WorkflowTransition;
  onSaved(): void;
}) {
  const theme = useTheme();
  const rule = gateRuleOf(transition);
  const [dialog, setDialog] = useState<DialogRequest | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { create, edit, view } = module.resources;
  const label = `${GATE_NAME} on ${transition.name}`;

  async function save(configuration: unknown | undefined) {
    setBusy(true);
    try {
      await saveGateRule(workflow, transition, configuration);
      setErrors([]);
      onSaved();
    } catch (error) {
      setErrors(messagesOf(error));
    } finally {
      setBusy(false);
    }
  }

  function add() {
    // Without a create resource Jira adds the rule straight away, with nothing configured.
    if (create) setDialog({ entryPoint: 'create', resourceKey: create });
    else void save({});
  }

  return (
    <div style={{ display: 'grid', gap: space(100) }}>
      {rule ? (
        <div
          role="group"
          aria-label={label}
          data-testid={`gate-rule-${transition.id}`}
          style={{ border: `1px solid ${token('color.border')}`, borderRadius: 3, padding: space(150), background: token('elevation.surface.raised') }}
        >
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: space(100) }}>
            <h3 style={{ font: token('font.heading.xsmall'), margin: 0 }}>Validator: {GATE_NAME}</h3>
            <div style={{ display: 'flex', gap: space(100) }}>
              {edit && (
                <Button
                  disabled={busy}
                  aria-label={`Edit ${label}`}
                  onClick={() => setDialog({ entryPoint: 'edit', resourceKey: edit })}
                  data-testid={`edit-rule-${transition.id}`}
                >
                  Edit
                </Button>
              )}
              <Button
                appearance="subtle"
                disabled={busy}
                aria-label={`Remove ${label}`}
                onClick={() => void save(undefined)}
                data-testid={`remove-rule-${transition.id}`}
              >
                Remove
              </Button>
            </div>
          </div>
          {view ? (
            <div data-testid={`rule-view-${transition.id}`} style={{ marginTop: space(100) }}>
              <AppFrame
                module={module}
                resourceKey={view}
                extension={validatorExtension(workflow, transition, 'view')}
                theme={theme}
                title={`${label}: summary`}
              />
            </div>
          ) : null}
          <details style={{ marginTop: space(100), color: token('color.text.subtle'), font: token('font.body.small') }}>
            <summary style={{ cursor: 'pointer' }}>Saved configuration</summary>
            <code data-testid={`rule-saved-${transition.id}`} style={{ fontFamily: token('font.family.code'), whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {validatorConfigOf(rule.configuration)}
            </code>
          </details>
        </div>
      ) : (
        <div style={{ display: 'flex', alignItems: 'center', gap: space(150) }}>
          <span style={{ color: token('color.text.subtle') }}>No {GATE_NAME} on this transition.</span>
          <Button disabled={busy} onClick={add} data-testid={`add-rule-${transition.id}`}>
            Add {GATE_NAME}
          </Button>
        </div>
      )}
      <ErrorText messages={errors} />
      {dialog && (
        <RuleConfigDialog
          module={module}
          request={dialog}
          extension={validatorExtension(workflow, transition, dialog.entryPoint)}
          transitionName={transition.name}
          onCancel={() => setDialog(undefined)}
          onConfigured={async (configuration) => {
            await saveGateRule(workflow, transition, configuration);
            setDialog(undefined);
            onSaved();
          }}
        />
      )}
    </div>
  );
}

/** The validator module whose Custom UI configures the gate rule, if the manifest declares one. */
function configurableValidator(modules: CustomUiModuleInfo[]): CustomUiModuleInfo | undefined {
  const configurable = modules.filter((m) => ['create', 'edit', 'view'].some((view) => m.resources[view]));
  return configurable.find((m) => m.key === GATE_RULE) ?? configurable[0];
}

/** One workflow's transitions, each with its gate rule (the validator's Custom UI, or the JSON editor without it). */
function WorkflowRules({
  workflow,
  validator,
  version,
  onSaved,
}: {
  workflow: Workflow;
  validator: CustomUiModuleInfo | undefined;
  version: number;
  onSaved(): void;
}) {
  return (
    <>
      {workflow.transitions.map((t) => (
        <Card key={`${t.id}-${version}`} title={`${t.name}: ${t.from.join(', ') || 'any status'} → ${t.to}`} testId={`transition-card-${t.id}`}>
          {validator ? (
            <GateRule module={validator} workflow={workflow} transition={t} onSaved={onSaved} />
          ) : (
            <RuleEditor workflow={workflow} transition={t} onSaved={onSaved} />
          )}
        </Card>
      ))}
    </>
  );
}

/**
 * The demo workflows and the rules on each transition, as the new workflow editor shows them:
 * Checkout's company-managed workflow (for Jira admins), then each team-managed project's own
 * workflow (for that project's admins; its rule screens get `scopedProjectId`).
 */
export function WorkflowPage() {
  const [workflows, setWorkflows] = useState<Workflow[] | undefined>();
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const modules = useModulesOrLoading('jira:workflowValidator');
  useEffect(() => {
    sandboxApi.get<Workflow[]>('workflows').then(setWorkflows, (e) => setErrors(messagesOf(e)));
  }, [version]);
  const validator = modules && configurableValidator(modules);
  const onSaved = () => setVersion((v) => v + 1);
  const [main, ...teamManaged] = workflows ?? [];
  return (
    <section aria-label="Workflow rules">
      <h1 style={{ font: token('font.heading.large') }}>Workflow: Checkout</h1>
      <ErrorText messages={errors} />
      {main && modules ? (
        <WorkflowRules workflow={main} validator={validator} version={version} onSaved={onSaved} />
      ) : (
        !errors.length && <p>Loading the workflow…</p>
      )}
      {modules &&
        teamManaged.map((w) => (
          <section key={w.workflowId} aria-label={w.workflowName} data-testid={`workflow-${w.workflowId}`}>
            <h2 style={{ font: token('font.heading.medium'), marginTop: space(400) }}>
              Team-managed: {w.project ? `${w.project.name} (${w.project.key})` : w.workflowName}
            </h2>
            <p style={{ color: token('color.text.subtle') }}>
              {w.workflowName} belongs to this one project: its admins edit it, and its rule screens get the project&apos;s id as <code>scopedProjectId</code>.
            </p>
            <WorkflowRules workflow={w} validator={validator} version={version} onSaved={onSaved} />
          </section>
        ))}
    </section>
  );
}
