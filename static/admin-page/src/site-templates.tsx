import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { useEffect, useState } from 'react';
import { call, type ResolverError } from '../../project-settings/src/shared/call';
import { ErrorMessage } from '../../shared/error-message';
import { ChoiceSelect } from '../../shared/choice-select';
import { RecentChanges } from '../../project-settings/src/shared/recent-changes';
import type { Catalogs, Gate, GateSetState } from '../../project-settings/src/shared/types';
import { GateEditor } from '../../project-settings/src/gate-editor';
import { SiteTemplateList } from './site-template-list';
import { InsightRetention } from './insight-retention';
import { ReindexNote } from '../../project-settings/src/reindex-note';
import { newGate } from '../../project-settings/src/new-gate';
import { namesMap, PeopleNames } from '../../project-settings/src/people-names';
import { useT } from '../../shared/use-t';

interface SiteData {
  site: GateSetState;
  builtIn: Gate[];
  catalogs?: Catalogs;
  retentionMonths?: number;
}
const NO_CATALOGS: Catalogs = { fields: [], linkTypes: [], workTypes: [], projectRoles: [] };

/** The Jira admin page: the site-wide templates every project can start from (Jira admins only, checked by the resolver). */
export function SiteTemplates() {
  const t = useT();
  const [data, setData] = useState<SiteData | undefined>();
  const [error, setError] = useState<ResolverError | undefined>();
  const [draft, setDraft] = useState<Gate[] | undefined>();
  const [base, setBase] = useState('');
  const [notice, setNotice] = useState<string | undefined>();
  const [editing, setEditing] = useState<number | undefined>();

  useEffect(() => void call<SiteData>('getSiteTemplates').then((a) => (a.ok ? (setData(a.data), setDraft(a.data.site.gates)) : setError(a.error))), []);
  if (!data || !draft)
    return (
      <main className="cf-page">{error ? <ErrorMessage error={error} placeOf={gateProblemPlace} withPath /> : <p role="status">{t('admin.loading')}</p>}</main>
    );

  const save = async () => {
    const answer = await call<SiteData>('saveSiteTemplates', { revision: data.site.revision, gates: draft });
    if (!answer.ok) return setError(answer.error);
    setData({ ...answer.data, catalogs: data.catalogs, retentionMonths: data.retentionMonths });
    setDraft(answer.data.site.gates);
    setError(undefined);
    setNotice(t('admin.saved'));
  };
  // A new template opens in the editor at once: its name and checks are what there is to do next.
  const add = () => {
    setDraft([
      ...draft,
      newGate(
        data.builtIn.find((g) => g.id === base),
        draft.map((g) => g.id),
        { name: t('editor.newGate'), check: t('editor.blankCheck') },
      ),
    ]);
    setEditing(draft.length);
  };
  return (
    <main className="cf-page">
      <h1>{t('admin.title')}</h1>
      <p className="cf-muted">{t('admin.intro')}</p>
      {notice && (
        <div role="status">
          <SectionMessage appearance="success">{notice}</SectionMessage>
        </div>
      )}
      {error && <ErrorMessage error={error} placeOf={gateProblemPlace} withPath />}
      <ReindexNote status={data.site.reindex} scope="site" />
      <SiteTemplateList templates={draft} onEdit={setEditing} onRemove={(i) => (setEditing(undefined), setDraft(draft.filter((_, j) => j !== i)))} />
      {editing !== undefined && draft[editing] && (
        <PeopleNames.Provider value={namesMap(data.site.names)}>
          <GateEditor
            key={editing}
            initial={draft[editing]}
            isNew={!data.site.gates.some((g) => g.id === draft[editing]?.id)}
            catalogs={data.catalogs ?? NO_CATALOGS}
            busy={false}
            withDryRun={false}
            saveLabel={t('admin.keep')}
            onCancel={() => setEditing(undefined)}
            onSave={(g) => (setDraft(draft.map((x, j) => (j === editing ? g : x))), setEditing(undefined), setNotice(t('admin.changed')))}
          />
        </PeopleNames.Provider>
      )}
      <div className="cf-row">
        <div style={{ minWidth: 280 }}>
          <ChoiceSelect
            id="site-base"
            label={t('admin.copy')}
            value={base}
            choices={[{ value: '', label: t('settings.scratch') }, ...data.builtIn.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={setBase}
          />
        </div>
        <Button testId="site-add" onClick={add}>
          {t('admin.add')}
        </Button>
        <Button appearance="primary" testId="site-save" onClick={() => void save()}>
          {t('admin.save')}
        </Button>
      </div>
      <h2>{t('changes.title')}</h2>
      <RecentChanges entries={data.site.recentChanges} names={data.site.names} dropped={data.site.droppedChanges} />
      {data.retentionMonths !== undefined && <InsightRetention initial={data.retentionMonths} />}
    </main>
  );
}
