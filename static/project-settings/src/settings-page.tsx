import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { lazy, Suspense, useEffect, useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import { ChoiceSelect } from '../../shared/choice-select';
import { RecentChanges } from './shared/recent-changes';
import type { ConfigData, Gate, GateSetState, RuleUsage } from './shared/types';
import { GateList, placeText } from './gate-list';
import { GateEditor } from './gate-editor';
import { ImportExport } from './import-export';
import { moved, newGate } from './new-gate';
import { namesMap, PeopleNames } from './people-names';

// Shares the lazily loaded modal chunk with the delete confirmation.
const TemplateWorkTypesModal = lazy(() => import('./template-work-types-modal'));

type Editing = { index: number; gate: Gate } | undefined;
const GOVERNED = {
  project: 'its own gates below',
  site: "the site's templates (until it saves gates of its own)",
  'built-in': 'the built-in Ready for QA and Definition of Done (until it saves gates of its own)',
};

/** Why "in use" below may be incomplete, and the Shipshape rules whose configuration names no readable gate. */
function RuleUsageNotes({ usage }: { usage: RuleUsage }) {
  return (
    <>
      {usage.incomplete && (
        <div data-testid="usage-incomplete">
          <SectionMessage appearance="warning">{usage.incomplete}</SectionMessage>
        </div>
      )}
      {usage.unreadable.length > 0 && (
        <div data-testid="usage-unreadable">
          <SectionMessage appearance="warning">
            {usage.unreadable.length} Shipshape workflow {usage.unreadable.length === 1 ? 'rule names' : 'rules name'} no gate Shipshape can read (they block
            their transitions until an admin picks a gate):
            <ul>
              {usage.unreadable.map((r, i) => (
                <li key={i}>
                  {placeText(r)}: {r.problem}
                </li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
    </>
  );
}

/** The project settings page: gates, templates, the editor, import/export and recent changes; one getConfig per load. */
export function SettingsPage() {
  const [data, setData] = useState<ConfigData | undefined>();
  const [error, setError] = useState<ResolverError | undefined>();
  const [editing, setEditing] = useState<Editing>();
  const [template, setTemplate] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [asking, setAsking] = useState<Gate | undefined>();

  useEffect(() => void call<ConfigData>('getConfig').then((a) => (a.ok ? setData(a.data) : setError(a.error))), []);
  if (!data)
    return (
      <main className="cf-page">
        {error ? <ErrorMessage error={error} placeOf={gateProblemPlace} withPath /> : <p role="status">Loading the project's gates…</p>}
      </main>
    );

  const applied = (state: GateSetState, message: string) => {
    setData({ ...data, project: state, governedBy: state.saved ? 'project' : data.governedBy });
    setEditing(undefined);
    setError(undefined);
    setNotice(message);
  };
  const save = async (gates: Gate[], message: string) => {
    setBusy(true);
    const answer = await call<GateSetState>('saveGates', { revision: data.project.revision, gates });
    setBusy(false);
    if (answer.ok) applied(answer.data, message);
    else setError(answer.error);
  };
  const remove = async (gateId: string) => {
    const answer = await call<GateSetState>('deleteGate', { revision: data.project.revision, gateId });
    if (answer.ok) applied(answer.data, `Deleted ${gateId}.`);
    else setError(answer.error);
  };
  const gates = data.project.gates;
  const ids = gates.map((g) => g.id);
  const start = () => {
    const chosen = data.templates.find((t) => `${t.source}:${t.gate.id}` === template)?.gate;
    // From a template, ask which work types it is for first; from scratch the editor asks.
    if (chosen) setAsking(newGate(chosen, ids));
    else setEditing({ index: -1, gate: newGate(undefined, ids) });
  };

  return (
    <main className="cf-page">
      <h1>Shipshape gates for {data.projectKey}</h1>
      <p className="cf-muted" data-testid="governed-by">
        Work items of {data.projectKey} are checked against {GOVERNED[data.governedBy]}.
      </p>
      {notice && (
        <div role="status" data-testid="notice">
          <SectionMessage appearance="success">{notice}</SectionMessage>
        </div>
      )}
      {error && <ErrorMessage error={error} placeOf={gateProblemPlace} withPath />}
      {data.siteProblem && (
        <div>
          <SectionMessage appearance="warning">{data.siteProblem}</SectionMessage>
        </div>
      )}
      <h2>Gates</h2>
      <RuleUsageNotes usage={data.ruleUsage} />
      <GateList
        gates={gates}
        usage={data.ruleUsage}
        busy={busy}
        onEdit={(i) => setEditing({ index: i, gate: gates[i] as Gate })}
        onMove={(from, to) => void save(moved(gates, from, to), 'Order saved.')}
        onDelete={(id) => void remove(id)}
      />
      {!editing && (
        <div className="cf-row" style={{ marginTop: 8 }}>
          <div style={{ minWidth: 360 }}>
            <ChoiceSelect
              id="template-select"
              label="Start from"
              value={template}
              choices={[
                { value: '', label: 'Scratch (an empty gate)' },
                ...data.templates.map((t) => ({
                  value: `${t.source}:${t.gate.id}`,
                  label: `${t.gate.name} (${t.source === 'site' ? 'site template' : 'built-in'}, ${t.gate.criteria.length} criteria)`,
                })),
              ]}
              onChange={setTemplate}
            />
          </div>
          <Button appearance="primary" testId="create-gate" onClick={start}>
            Create gate
          </Button>
        </div>
      )}
      {asking && (
        <Suspense fallback={null}>
          <TemplateWorkTypesModal
            gate={asking}
            workTypes={data.catalogs.workTypes}
            onCancel={() => setAsking(undefined)}
            onContinue={(gate) => (setAsking(undefined), setEditing({ index: -1, gate }))}
          />
        </Suspense>
      )}
      {editing && (
        <PeopleNames.Provider value={namesMap(data.project.names)}>
          <GateEditor
            key={`${editing.index}:${editing.gate.id}`}
            initial={editing.gate}
            isNew={editing.index < 0}
            catalogs={data.catalogs}
            busy={busy}
            onCancel={() => setEditing(undefined)}
            onSave={(g) => void save(editing.index < 0 ? [...gates, g] : gates.map((x, i) => (i === editing.index ? g : x)), `Saved ${g.name}.`)}
          />
        </PeopleNames.Provider>
      )}
      <ImportExport revision={data.project.revision} onImported={(state) => applied(state, 'Import saved.')} />
      <h2>Recent changes</h2>
      <RecentChanges entries={data.project.recentChanges} names={data.project.names} dropped={data.project.droppedChanges} />
    </main>
  );
}
