import Button from '@atlaskit/button/new';
import { useMemo, useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import { Lozenge } from '../../shared/lozenge';
import { Day } from '../../shared/when';
import { IMPACT_LABELS, STATUS_LABELS } from '../../../src/domain/daci/decision-labels';
import { DecisionDetails } from './decision-details';
import { Names, type ShownPeople } from './people';
import { SignOffCell } from './sign-off-cell';
import { DEFAULT_SORT, sortDecisions, type SortKey } from './table-sort';
import type { Decision, TableData } from './types';
import { ownEntry } from '../../../src/domain/own-entry';

type Ready = TableData & { state: 'ready' };

/**
 * A long table pages (sorting still covers every decision). Ten rows keep the macro a readable
 * part of the spec page, hold most tables whole, and draw quickly (a page of 25 took ~60 ms more).
 */
const DECISIONS_PER_PAGE = 10;
const STATUS_APPEARANCE = { 'not-started': 'default', 'in-progress': 'inprogress', decided: 'success', deferred: 'moved' } as const;
const SORTABLE: readonly SortKey[] = ['title', 'status', 'impact', 'driver', 'approver', 'due'];

const head = {
  cells: [
    { key: 'title', content: 'Decision', isSortable: true, width: 22 },
    { key: 'status', content: 'Status', isSortable: true },
    { key: 'impact', content: 'Impact', isSortable: true },
    { key: 'driver', content: 'Driver', isSortable: true },
    { key: 'approver', content: 'Approver', isSortable: true },
    { key: 'contributors', content: 'Contributors' },
    { key: 'informed', content: 'Informed' },
    { key: 'due', content: 'Due', isSortable: true },
    { key: 'outcome', content: 'Outcome' },
    { key: 'signoff', content: 'Sign-off', width: 18 },
  ],
};

/** Each sortable column's order by meaning ("Decision 2" before "Decision 10", people by name), as a rank per decision id. */
function ranksOf(decisions: readonly Decision[], people: ShownPeople): Record<SortKey, Map<string, number>> {
  return Object.fromEntries(SORTABLE.map((key) => [key, new Map(sortDecisions(decisions, { key, order: 'ASC' }, people).map((d, i) => [d.id, i]))])) as Record<
    SortKey,
    Map<string, number>
  >;
}

/** Atlaskit's dynamic table: one row per decision, sortable; overdue open decisions stand out; a row expands to its details. */
export function DecisionTable({ data, people, onSaved }: { data: Ready; people: ShownPeople; onSaved(data: TableData): void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const ranks = useMemo(() => ranksOf(data.table.decisions, people), [data.table.decisions, people]);
  const overdue = new Set(data.overdue);
  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const rank = (key: SortKey, d: Decision) => ranks[key].get(d.id) ?? 0;
  const row = (d: Decision) => {
    const late = overdue.has(d.id);
    return {
      key: d.id,
      testId: `decision-${d.id}`,
      cells: [
        {
          key: rank('title', d),
          content: (
            <div>
              <strong className="daci-text">{d.title}</strong>
              <div>
                <Button appearance="subtle" spacing="compact" aria-expanded={open.has(d.id)} onClick={() => toggle(d.id)}>
                  {open.has(d.id) ? 'Hide details' : 'Show details'}
                </Button>
              </div>
              {open.has(d.id) && <DecisionDetails decision={d} />}
            </div>
          ),
        },
        { key: rank('status', d), content: <Lozenge appearance={STATUS_APPEARANCE[d.status]}>{STATUS_LABELS[d.status]}</Lozenge> },
        { key: rank('impact', d), content: IMPACT_LABELS[d.impact] },
        { key: rank('driver', d), content: <Names people={people} ids={[d.driver]} /> },
        { key: rank('approver', d), content: <Names people={people} ids={[d.approver]} /> },
        { content: <Names people={people} ids={d.contributors} /> },
        { content: <Names people={people} ids={d.informed} /> },
        {
          key: rank('due', d),
          content: d.due ? (
            <span className={late ? 'daci-overdue' : undefined}>
              <span className="daci-date">
                <Day day={d.due} />
              </span>
              {late && (
                <>
                  {' '}
                  <Lozenge appearance="removed" isBold>
                    Overdue
                  </Lozenge>
                </>
              )}
            </span>
          ) : (
            <span className="daci-muted">—</span>
          ),
        },
        { content: <span className="daci-text">{d.outcome || '—'}</span> },
        {
          content: (
            <SignOffCell
              decision={d}
              signOff={ownEntry(data.signOffs, d.id) ?? { state: 'none', fingerprint: '' }}
              people={people}
              canAnswer={!data.isEditing && d.approver === data.viewerAccountId}
              pageVersion={data.pageVersion}
              onSaved={onSaved}
            />
          ),
        },
      ],
    };
  };
  return (
    <DynamicTable
      caption={<span className="daci-title">{data.table.title}</span>}
      head={head}
      rows={data.table.decisions.map(row)}
      defaultSortKey={DEFAULT_SORT.key}
      defaultSortOrder={DEFAULT_SORT.order}
      rowsPerPage={DECISIONS_PER_PAGE}
      testId="daci-table"
      emptyView={<p className="daci-muted">No decisions yet. Edit the macro to add the page's decisions.</p>}
    />
  );
}
