import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { lazy, Suspense, useEffect, useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ReindexNote } from './reindex-note';
import { ErrorMessage } from '../../shared/error-message';
import { ChoiceSelect } from '../../shared/choice-select';
import { RecentChanges } from './shared/recent-changes';
import type { ConfigData, Gate, GateSetState, RuleUsage } from './shared/types';
import { GateList, placeText } from './gate-list';
import { GateEditor } from './gate-editor';
import { ImportExport } from './import-export';
import { moved, newGate } from './new-gate';
import { namesMap, PeopleNames } from './people-names';
import { plural } from '../../shared/translate';
import { useT } from '../../shared/use-t';

// Shares the lazily loaded modal chunk with the delete confirmation.
const TemplateWorkTypesModal = lazy(() => import('./template-work-types-modal'));

type Editing = { index: number; gate: Gate } | undefined;

/** Why "in use" below may be incomplete, and the Shipshape rules whose configuration names no readable gate. */
function RuleUsageNotes({ usage }: { usage: RuleUsage }) {
  const t = useT();
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
            {plural(t, 'settings.unreadableRules', usage.unreadable.length)}
            <ul>
              {usage.unreadable.map((r, i) => (
                <li key={i}>
                  {placeText(r, t)}: {r.problem}
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
  const t = useT();
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
        {error ? <ErrorMessage error={error} placeOf={gateProblemPlace} withPath /> : <p role="status">{t('settings.loading')}</p>}
      </main>
    );

  const applied = (state: GateSetState, message: string) => {
    setData({ ...data, project: state, governedBy: state.saved ? 'project' : data.governedBy, ...(state.reindex ? { reindex: state.reindex } : {}) });
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
    if (answer.ok) applied(answer.data, t('settings.deleted', { id: gateId }));
    else setError(answer.error);
  };
  const gates = data.project.gates;
  const ids = gates.map((g) => g.id);
  const start = () => {
    const chosen = data.templates.find((offer) => `${offer.source}:${offer.gate.id}` === template)?.gate;
    // From a template, ask which work types it is for first; from scratch the editor asks.
    const blank = { name: t('editor.newGate'), check: t('editor.blankCheck') };
    if (chosen) setAsking(newGate(chosen, ids, blank));
    else setEditing({ index: -1, gate: newGate(undefined, ids, blank) });
  };

  return (
    <main className="cf-page">
      <h1>{t('settings.title', { project: data.projectKey })}</h1>
      <p className="cf-muted" data-testid="governed-by">
        {t(`settings.governedBy.${data.governedBy}`, { project: data.projectKey })}
      </p>
      {notice && (
        <div role="status" data-testid="notice">
          <SectionMessage appearance="success">{notice}</SectionMessage>
        </div>
      )}
      {error && <ErrorMessage error={error} placeOf={gateProblemPlace} withPath />}
      <ReindexNote status={data.reindex} scope={{ projectKey: data.projectKey }} />
      {data.siteProblem && (
        <div>
          <SectionMessage appearance="warning">{data.siteProblem}</SectionMessage>
        </div>
      )}
      <h2>{t('settings.gates')}</h2>
      <RuleUsageNotes usage={data.ruleUsage} />
      <GateList
        gates={gates}
        usage={data.ruleUsage}
        busy={busy}
        onEdit={(i) => setEditing({ index: i, gate: gates[i] as Gate })}
        onMove={(from, to) => void save(moved(gates, from, to), t('settings.orderSaved'))}
        onDelete={(id) => void remove(id)}
      />
      {!editing && (
        <div className="cf-row" style={{ marginTop: 8 }}>
          <div style={{ minWidth: 360 }}>
            <ChoiceSelect
              id="template-select"
              label={t('settings.startFrom')}
              value={template}
              choices={[
                { value: '', label: t('settings.scratch') },
                ...data.templates.map((offer) => ({
                  value: `${offer.source}:${offer.gate.id}`,
                  label: plural(t, offer.source === 'site' ? 'settings.siteTemplate' : 'settings.builtInTemplate', offer.gate.criteria.length, {
                    name: offer.gate.name,
                  }),
                })),
              ]}
              onChange={setTemplate}
            />
          </div>
          <Button appearance="primary" testId="create-gate" onClick={start}>
            {t('settings.create')}
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
            onSave={(g) =>
              void save(editing.index < 0 ? [...gates, g] : gates.map((x, i) => (i === editing.index ? g : x)), t('settings.savedGate', { name: g.name }))
            }
          />
        </PeopleNames.Provider>
      )}
      <ImportExport revision={data.project.revision} onImported={(state) => applied(state, t('settings.importSaved'))} />
      <h2>{t('changes.title')}</h2>
      <RecentChanges entries={data.project.recentChanges} names={data.project.names} dropped={data.project.droppedChanges} />
    </main>
  );
}
