import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Catalogs, Criterion, Gate } from './shared/types';
import { CriterionForm } from './criterion-form';
import { CRITERION_KINDS, metaOf, type CriterionKind } from '../../../src/domain/criteria/kind-catalog';
import { PrincipalsEditor } from './principals-editor';
import { BugTargetEditor } from './bug-target-editor';
import { QaEnvironmentsEditor } from './qa-environments-editor';
import { DryRun } from './dry-run';
import { TextField } from '../../shared/text-field';
import { ChoiceSelect } from '../../shared/choice-select';
import { freeId, moved } from './new-gate';
import { useRowKeys } from './use-row-keys';
import { WorkTypesPicker } from './work-types-picker';
import { useT } from '../../shared/use-t';

const blank = (kind: CriterionKind, taken: string[]): Criterion => metaOf(kind).blank(freeId(kind, taken));

/** The form for one gate: name, work types, QA verifiers, where QA's bugs go, its criteria as compact rows (one open at a time is typical), a dry run before saving. */
export function GateEditor({
  initial,
  isNew,
  catalogs,
  busy,
  onSave,
  onCancel,
  withDryRun = true,
  saveLabel,
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
  const t = useT();
  const [gate, setGate] = useState<Gate>(initial);
  const [kind, setKind] = useState<CriterionKind>('field-set');
  const rows = useRowKeys(initial.criteria.length);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const setCriteria = (criteria: Criterion[]) => setGate({ ...gate, criteria });
  const toggle = (key: number) => setOpen(open.has(key) ? new Set([...open].filter((k) => k !== key)) : new Set([...open, key]));
  const add = () => {
    setCriteria([
      ...gate.criteria,
      blank(
        kind,
        gate.criteria.map((c) => c.id),
      ),
    ]);
    setOpen(new Set([...open, rows.added()]));
  };
  return (
    <section className="cf-card" aria-label={t('editor.editGateLabel', { name: gate.name })} data-testid="gate-editor">
      <h2 style={{ marginTop: 0 }}>{isNew ? t('editor.newGate') : t('editor.edit', { name: initial.name })}</h2>
      <div className="cf-row">
        <div className="cf-grow">
          <TextField id="gate-name" label={t('editor.name')} testId="gate-name" value={gate.name} onChange={(name) => setGate({ ...gate, name })} />
        </div>
        <TextField id="gate-id" label={t('editor.id')} testId="gate-id" value={gate.id} isReadOnly={!isNew} onChange={(id) => setGate({ ...gate, id })} />
      </div>
      <WorkTypesPicker id="gate-types" workTypes={catalogs.workTypes} value={gate.appliesTo} onChange={(appliesTo) => setGate({ ...gate, appliesTo })} />
      <PrincipalsEditor
        legend={t('editor.qaVerifiers')}
        testId="qa-verifiers"
        value={gate.qaVerifiers}
        roles={catalogs.projectRoles}
        onChange={(qaVerifiers) => setGate({ ...gate, qaVerifiers })}
      />
      <QaEnvironmentsEditor
        value={gate.environments}
        onChange={(environments) => {
          const { environments: _old, ...rest } = gate;
          setGate(environments ? { ...rest, environments } : rest);
        }}
      />
      <BugTargetEditor
        value={gate.bugs}
        catalogs={catalogs}
        onChange={(bugs) => {
          const { bugs: _old, ...rest } = gate;
          setGate(bugs ? { ...rest, bugs } : rest);
        }}
      />
      <h3>{t('editor.criteria')}</h3>
      <ol className="cf-list" data-testid="criteria">
        {gate.criteria.map((c, i) => {
          const key = rows.keys[i] ?? -1 - i;
          return (
            <CriterionForm
              key={key}
              criterion={c}
              index={i}
              count={gate.criteria.length}
              catalogs={catalogs}
              isOpen={open.has(key)}
              onToggle={() => toggle(key)}
              onChange={(next) => setCriteria(gate.criteria.map((x, j) => (j === i ? next : x)))}
              onMove={(to) => (rows.moved(i, to), setCriteria(moved(gate.criteria, i, to)))}
              onRemove={() => (rows.removed(i), setCriteria(gate.criteria.filter((_, j) => j !== i)))}
            />
          );
        })}
      </ol>
      <div className="cf-row" style={{ marginTop: 8 }}>
        <div style={{ minWidth: 280 }}>
          <ChoiceSelect
            id="add-kind"
            label={t('editor.addKind')}
            value={kind}
            choices={CRITERION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            onChange={(next) => setKind(next)}
          />
        </div>
        <Button testId="add-criterion" onClick={add}>
          {t('editor.addCriterion')}
        </Button>
      </div>
      {withDryRun && <DryRun gate={gate} />}
      <div className="cf-row" style={{ marginTop: 12 }}>
        <Button appearance="primary" testId="save-gate" isDisabled={busy} onClick={() => onSave(gate)}>
          {saveLabel ?? t('editor.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('settings.cancel')}
        </Button>
      </div>
    </section>
  );
}
