import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Catalogs, Criterion, Gate } from './shared/types';
import { CriterionForm } from './criterion-form';
import { CRITERION_KINDS, kindName, metaOf, type CriterionKind } from '../../../src/domain/criteria/kind-catalog';
import { PrincipalsEditor } from './principals-editor';
import { DryRun } from './dry-run';
import { TextField } from '../../shared/text-field';
import { ChoiceSelect } from '../../shared/choice-select';
import { freeId, moved } from './new-gate';

const types = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const KIND_CHOICES = CRITERION_KINDS.map((value) => ({ value, label: kindName(value) }));

const blank = (kind: CriterionKind, taken: string[]): Criterion => metaOf(kind).blank(freeId(kind, taken));

/** The form for one gate: name, work types, QA verifiers, criteria (a form per kind), and a dry run before saving. */
export function GateEditor({
  initial,
  isNew,
  catalogs,
  busy,
  onSave,
  onCancel,
  withDryRun = true,
  saveLabel = 'Save gate',
}: {
  initial: Gate;
  isNew: boolean;
  catalogs: Catalogs;
  busy: boolean;
  onSave: (g: Gate) => void;
  onCancel: () => void;
  withDryRun?: boolean;
  saveLabel?: string;
}) {
  const [gate, setGate] = useState<Gate>(initial);
  const [kind, setKind] = useState<CriterionKind>('field-set');
  const setCriteria = (criteria: Criterion[]) => setGate({ ...gate, criteria });
  const ids = gate.criteria.map((c) => c.id);
  return (
    <section className="cf-card" aria-label={`Edit gate ${gate.name}`} data-testid="gate-editor">
      <h2 style={{ marginTop: 0 }}>{isNew ? 'New gate' : `Edit ${initial.name}`}</h2>
      <div className="cf-row">
        <div className="cf-grow">
          <TextField id="gate-name" label="Name" testId="gate-name" value={gate.name} onChange={(name) => setGate({ ...gate, name })} />
        </div>
        <TextField
          id="gate-id"
          label="Id (rules refer to it)"
          testId="gate-id"
          value={gate.id}
          isReadOnly={!isNew}
          onChange={(id) => setGate({ ...gate, id })}
        />
      </div>
      <TextField
        id="gate-types"
        label="Work types it applies to (comma-separated; empty: all)"
        testId="gate-types"
        defaultValue={gate.appliesTo?.issueTypes.join(', ') ?? ''}
        onBlur={(text) => setGate({ ...gate, appliesTo: types(text).length ? { issueTypes: types(text) } : undefined })}
      />
      <PrincipalsEditor
        legend="QA verifiers (optional; without them anyone who may edit the item)"
        testId="qa-verifiers"
        value={gate.qaVerifiers}
        roles={catalogs.projectRoles}
        onChange={(qaVerifiers) => setGate({ ...gate, qaVerifiers })}
      />
      <h3>Criteria</h3>
      <ol className="cf-list">
        {gate.criteria.map((c, i) => (
          <CriterionForm
            key={i}
            criterion={c}
            index={i}
            count={gate.criteria.length}
            catalogs={catalogs}
            onChange={(next) => setCriteria(gate.criteria.map((x, j) => (j === i ? next : x)))}
            onMove={(to) => setCriteria(moved(gate.criteria, i, to))}
            onRemove={() => setCriteria(gate.criteria.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div className="cf-row">
        <div style={{ minWidth: 280 }}>
          <ChoiceSelect id="add-kind" label="Add a criterion" value={kind} choices={KIND_CHOICES} onChange={(next) => setKind(next)} />
        </div>
        <Button testId="add-criterion" onClick={() => setCriteria([...gate.criteria, blank(kind, ids)])}>
          Add criterion
        </Button>
      </div>
      {withDryRun && <DryRun gate={gate} />}
      <div className="cf-row" style={{ marginTop: 12 }}>
        <Button appearance="primary" testId="save-gate" isDisabled={busy} onClick={() => onSave(gate)}>
          {saveLabel}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
