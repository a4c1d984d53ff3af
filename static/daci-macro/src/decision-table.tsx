import { useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { IMPACT_LABELS, STATUS_LABELS } from '../../../src/domain/daci/decision-labels';
import { DecisionDetails } from './decision-details';
import { Names, nameOf } from './people';
import { SignOffCell } from './sign-off-cell';
import type { Decision, TableData } from './types';

type Ready = TableData & { state: 'ready' };

/** A long table pages (sorting still covers every decision): 200 rows of people and lozenges are slow to draw and to scan. */
const DECISIONS_PER_PAGE = 25;

const STATUS_RANK = { 'in-progress': 0, 'not-started': 1, deferred: 2, decided: 3 } as const;
const IMPACT_RANK = { high: 0, medium: 1, low: 2 } as const;
const STATUS_APPEARANCE = { 'not-started': 'default', 'in-progress': 'inprogress', decided: 'success', deferred: 'moved' } as const;

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

/** One row per decision, sortable; overdue open decisions stand out; a row expands to its details. */
export function DecisionTable({ data, onSaved }: { data: Ready; onSaved(data: Ready | TableData): void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((was) => { const next = new Set(was); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  const overdue = new Set(data.overdue);
  const row = (d: Decision) => {
    const late = overdue.has(d.id);
    return {
      key: d.id,
      testId: `decision-${d.id}`,
      cells: [
        { key: d.title.toLowerCase(), content: (
          <div>
            <strong className="daci-text">{d.title}</strong>
            <div>
              <button type="button" className="daci-button" data-appearance="subtle" aria-expanded={open.has(d.id)} onClick={() => toggle(d.id)}>
                {open.has(d.id) ? 'Hide details' : 'Show details'}
              </button>
            </div>
            {open.has(d.id) && <DecisionDetails decision={d} />}
          </div>
        ) },
        { key: STATUS_RANK[d.status], content: <Lozenge appearance={STATUS_APPEARANCE[d.status]}>{STATUS_LABELS[d.status]}</Lozenge> },
        { key: IMPACT_RANK[d.impact], content: IMPACT_LABELS[d.impact] },
        { key: nameOf(data.people, d.driver), content: <Names people={data.people} ids={[d.driver]} /> },
        { key: nameOf(data.people, d.approver), content: <Names people={data.people} ids={[d.approver]} /> },
        { content: <Names people={data.people} ids={d.contributors} /> },
        { content: <Names people={data.people} ids={d.informed} /> },
        { key: d.due ?? '9999-99-99', content: d.due ? <span className={late ? 'daci-overdue' : undefined}>{d.due}{late && <> <Lozenge appearance="removed" isBold>Overdue</Lozenge></>}</span> : <span className="daci-muted">—</span> },
        { content: <span className="daci-text">{d.outcome || '—'}</span> },
        { content: (
          <SignOffCell decision={d} signOff={data.signOffs[d.id] ?? { state: 'none' }} people={data.people}
            canAnswer={!data.isEditing && d.approver === data.viewerAccountId} onSaved={onSaved} />
        ) },
      ],
    };
  };
  return (
    <DynamicTable
      caption={<span className="daci-title">{data.table.title}</span>}
      head={head}
      rows={data.table.decisions.map(row)}
      defaultSortKey="due"
      defaultSortOrder="ASC"
      rowsPerPage={DECISIONS_PER_PAGE}
      testId="daci-table"
      emptyView={<p className="daci-muted">No decisions yet. Edit the macro to add the page's decisions.</p>}
    />
  );
}
