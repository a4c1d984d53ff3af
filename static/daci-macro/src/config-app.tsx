import { problemPlace } from '../../../src/domain/daci/problem-place';
import Button from '@atlaskit/button/new';
import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { call } from './call';
import { DecisionEditor } from './decision-editor';
import { blankDecision, blankTable } from './draft';
import { ErrorMessage } from '../../shared/error-message';
import { TextField } from '../../shared/text-field';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { shownPeople, type ShownPeople } from './people';
import type { DaciTable, Decision, Problem, TableData } from './types';
import { useT } from '../../shared/use-t';
import { decidedWithoutOutcome } from '../../../src/domain/daci/decided-needs-outcome';
import { linkedKeysOf, missingItemProblems } from '../../../src/domain/daci/missing-items';

// The table's rules (zod) are a lazy chunk, fetched alongside the macro's context (table-rules.ts).
const tableRules = () => import('./table-rules');

/**
 * The config modal: edits the table and saves it with `view.submit`, so it is stored in the page
 * and versioned with it. The domain's rules run before saving; problems are listed by path.
 */
export function ConfigApp() {
  const t = useT();
  const [table, setTable] = useState<DaciTable | undefined>();
  const [people, setPeople] = useState<ShownPeople>({});
  const [siteUrl, setSiteUrl] = useState<string | undefined>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loadProblem, setLoadProblem] = useState<Problem[]>([]);
  // Adding a decision moves the focus to its title, where the person goes next (keyboard or not).
  const [added, setAdded] = useState(0);
  const decisionCount = table?.decisions.length ?? 0;
  useEffect(() => {
    if (added > 0) document.getElementById(`decision-${decisionCount - 1}-title`)?.focus();
    // Only a new add moves the focus, not every change of the count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [added]);
  useEffect(() => {
    const context = view.getContext();
    void Promise.all([context, tableRules()]).then(([{ extension }, { tableFromMacroConfig }]) => {
      const macro = tableFromMacroConfig((extension as { config?: unknown }).config);
      setTable(macro.state === 'ready' ? macro.table : blankTable());
      if (macro.state === 'invalid') setLoadProblem(macro.problems);
    });
    const site = context.then(
      (c) => (typeof c.siteUrl === 'string' ? c.siteUrl : undefined),
      () => undefined,
    );
    void Promise.all([call<TableData>('getTable'), site]).then(([answer, url]) => {
      setSiteUrl(url);
      if (answer.ok && answer.data.state === 'ready') setPeople(shownPeople(answer.data.people, url));
    });
  }, []);
  if (!table) return <div className="daci">{t('daci.config.loading')}</div>;
  const setDecision = (i: number, patch: Partial<Decision>) =>
    setTable({ ...table, decisions: table.decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const save = async () => {
    const { parseDaciTable, macroConfigOf } = await tableRules();
    const parsed = parseDaciTable(table);
    const found = [...(parsed.ok ? [] : parsed.problems), ...decidedWithoutOutcome(table, t)];
    if (!parsed.ok || found.length > 0) {
      setProblems(found);
      return;
    }
    // Linked work items are checked in Jira, as the editor; a Jira that cannot answer does not stop the save.
    const keys = linkedKeysOf(parsed.value).slice(0, DACI_LIMITS.linkedKeysChecked);
    const checked = keys.length > 0 ? await call<{ missing: string[] }>('checkWorkItems', { keys }) : undefined;
    const missing = checked?.ok ? missingItemProblems(parsed.value, checked.data.missing, t) : [];
    if (missing.length > 0) {
      setProblems(missing);
      return;
    }
    setProblems([]);
    await view.submit({ config: macroConfigOf(parsed.value) });
  };
  return (
    <form
      className="daci daci-config"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {loadProblem.length > 0 && <ErrorMessage title={t('daci.config.savedHadProblems')} error={{ problems: loadProblem }} placeOf={problemPlace} />}
      <TextField
        id="table-title"
        label={t('daci.config.tableTitle')}
        value={table.title}
        maxLength={DACI_LIMITS.titleLength}
        onChange={(title) => setTable({ ...table, title })}
      />
      {table.decisions.map((d, i) => (
        <DecisionEditor
          key={d.id}
          index={i}
          decision={d}
          people={people}
          siteUrl={siteUrl}
          onChange={(patch) => setDecision(i, patch)}
          onPeople={(more) => setPeople((was) => ({ ...was, ...more }))}
          onRemove={() => setTable({ ...table, decisions: table.decisions.filter((_, j) => j !== i) })}
        />
      ))}
      <Button onClick={() => (setTable({ ...table, decisions: [...table.decisions, blankDecision()] }), setAdded((n) => n + 1))}>
        {t('daci.config.addDecision')}
      </Button>
      {problems.length > 0 && <ErrorMessage title={t('daci.config.fixFirst')} error={{ problems }} placeOf={problemPlace} />}
      <div className="daci-actions">
        <Button type="submit" appearance="primary">
          {t('daci.config.save')}
        </Button>
        <Button onClick={() => void view.close()}>{t('daci.config.cancel')}</Button>
      </div>
    </form>
  );
}
