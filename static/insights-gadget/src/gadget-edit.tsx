import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { view } from '@forge/bridge';
import { callResolver } from '../../shared/call-resolver';
import { ErrorMessage, type ShownError } from '../../shared/error-message';
import { FilterSelect } from '../../shared/filter-select';
import type { InsightGates, InsightsData } from '../../shared/insights/insights-types';
import { SearchPicker } from '../../shared/search-picker';
import { useT } from '../../shared/use-t';
import { PERIOD_WEEKS } from '../../../src/domain/insights/periods';
import type { GadgetConfig } from './gadget-config';

type ProjectChoice = { value: string; label: string; key: string; name: string };
interface FoundProjects {
  projects: Array<{ id: string; key: string; name: string }>;
}

const searchProjects = async (query: string): Promise<ProjectChoice[]> => {
  const answer = await callResolver<FoundProjects>('page', 'searchGadgetProjects', { query });
  return answer.ok ? answer.data.projects.map((p) => ({ value: p.id, label: `${p.name} (${p.key})`, key: p.key, name: p.name })) : [];
};

/** The gadget's settings: a project the person may browse, one of its gates with figures, and a period; saved with Jira's submit. */
export function GadgetEdit({ context }: { context: Promise<{ config: GadgetConfig | undefined }> }) {
  const t = useT();
  const [project, setProject] = useState<ProjectChoice | undefined>();
  const [gateId, setGateId] = useState<string | undefined>();
  const [weeks, setWeeks] = useState<GadgetConfig['weeks']>(13);
  const [gates, setGates] = useState<InsightsData['gates'] | undefined>();
  const [error, setError] = useState<ShownError | undefined>();
  useEffect(() => {
    void context.then(({ config }) => {
      if (!config) return;
      setProject({ value: config.project.id, label: `${config.project.name} (${config.project.key})`, key: config.project.key, name: config.project.name });
      setGateId(config.gateId);
      setWeeks(config.weeks);
    });
  }, [context]);
  useEffect(() => {
    if (!project) return;
    let current = true;
    void callResolver<InsightGates>('page', 'getInsightGates', { project: { id: project.value, key: project.key } }).then((answer) => {
      if (!current) return;
      setError(answer.ok ? undefined : answer.error);
      setGates(answer.ok ? answer.data.gates : []);
      if (answer.ok) setGateId((was) => (was && answer.data.gates.some((g) => g.id === was) ? was : answer.data.gateId));
    });
    return () => {
      current = false;
    };
  }, [project]);
  const save = () => {
    if (!project || !gateId) return;
    const config: GadgetConfig = { project: { id: project.value, key: project.key, name: project.name }, gateId, weeks };
    void view.submit({ ...config, refresh: 60 });
  };
  return (
    <form
      className="gadget gadget-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <SearchPicker
        id="gadget-project"
        label={t('insights.gadget.project')}
        value={project ? [project] : []}
        search={searchProjects}
        onChange={([picked]) => setProject(picked)}
        testId="gadget-project"
      />
      {error && <ErrorMessage error={error} testId="gadget-edit-error" />}
      {gates && gates.length === 0 && !error && <p className="ins-muted">{t('insights.gadget.noGates')}</p>}
      {gates && gates.length > 0 && (
        <FilterSelect
          id="gadget-gate"
          label={t('insights.gate')}
          choices={gates.map((g) => ({ value: g.id, label: g.name }))}
          value={gateId ? [gateId] : []}
          onChange={([id]) => id && setGateId(id)}
          placeholder={t('insights.gate')}
        />
      )}
      <FilterSelect
        id="gadget-period"
        label={t('insights.periodLabel')}
        choices={PERIOD_WEEKS.map((w) => ({ value: String(w), label: t('insights.period', { weeks: w }) }))}
        value={[String(weeks)]}
        onChange={([w]) => w && setWeeks(Number(w) as GadgetConfig['weeks'])}
        placeholder={t('insights.periodLabel')}
      />
      <div className="gadget-actions">
        <Button onClick={() => void view.close()}>{t('insights.gadget.cancel')}</Button>
        <Button appearance="primary" type="submit" isDisabled={!project || !gateId} testId="gadget-save">
          {t('insights.gadget.save')}
        </Button>
      </div>
    </form>
  );
}
