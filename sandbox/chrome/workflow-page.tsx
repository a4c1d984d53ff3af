import React, { useEffect, useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, sandboxApi } from './api';
import { Button, Card, ErrorText, space } from './ui';

export interface WorkflowRule {
  id: string;
  type: string;
  configuration: unknown;
}
export interface WorkflowTransition {
  id: string;
  name: string;
  from: string[];
  to: string;
  rules: WorkflowRule[];
}

const GATE_RULE = 'shipshape-gate';

function RuleEditor({ transition, onSaved }: { transition: WorkflowTransition; onSaved(): void }) {
  const rule = transition.rules.find((r) => r.type === GATE_RULE);
  const [text, setText] = useState(rule ? JSON.stringify(rule.configuration) : '');
  const [errors, setErrors] = useState<string[]>([]);
  async function save(configuration: unknown | undefined) {
    const others = transition.rules.filter((r) => r.type !== GATE_RULE);
    const rules = configuration === undefined ? others : [...others, { id: rule?.id ?? `rule-${transition.id}`, type: GATE_RULE, configuration }];
    try {
      await sandboxApi.put(`workflow/transitions/${transition.id}/rules`, rules);
      setErrors([]);
      onSaved();
    } catch (error) {
      setErrors(isJiraError(error) ? error.messages : [String(error)]);
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
          style={{ width: '100%', boxSizing: 'border-box', fontFamily: token('font.family.code'), background: token('color.background.input'), color: token('color.text'), border: `2px solid ${token('color.border.input')}` }}
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

/** The demo workflow's transitions and the rules on each, as a Jira admin sees them in the workflow editor. */
export function WorkflowPage() {
  const [transitions, setTransitions] = useState<WorkflowTransition[]>([]);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    sandboxApi.get<{ transitions: WorkflowTransition[] }>('workflow').then((w) => setTransitions(w.transitions), (e) => setErrors(isJiraError(e) ? e.messages : [String(e)]));
  }, [version]);
  return (
    <section aria-label="Workflow rules">
      <h1 style={{ font: token('font.heading.large') }}>Workflow: Checkout</h1>
      <ErrorText messages={errors} />
      {transitions.map((t) => (
        <Card key={`${t.id}-${version}`} title={`${t.name}: ${t.from.join(', ') || 'any status'} → ${t.to}`} testId={`transition-card-${t.id}`}>
          <RuleEditor transition={t} onSaved={() => setVersion((v) => v + 1)} />
        </Card>
      ))}
    </section>
  );
}
