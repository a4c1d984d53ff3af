import { useMemo, useState } from 'react';
import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import Pagination from '@atlaskit/pagination';
import type { ShownPeople } from './people';
import { decisionRows } from './decision-row';
import { DEFAULT_SORT, sortDecisions, type Sort, type SortKey } from './table-sort';
import type { TableData } from './types';
import type { Translate } from '../../shared/translate';
import { useT } from '../../shared/use-t';

type Ready = TableData & { state: 'ready' };

/**
 * A long table pages (sorting still covers every decision). Ten rows keep the macro a readable
 * part of the spec page, hold most tables whole, and draw quickly (a page of 25 took ~60 ms more).
 */
const DECISIONS_PER_PAGE = 10;

const headOf = (t: Translate) => ({
  cells: [
    { key: 'title', content: t('daci.column.decision'), isSortable: true, width: 20 },
    { key: 'status', content: t('daci.column.status'), isSortable: true },
    { key: 'impact', content: t('daci.column.impact'), isSortable: true },
    { key: 'driver', content: t('daci.column.driver'), isSortable: true },
    { key: 'approver', content: t('daci.column.approver'), isSortable: true },
    { key: 'contributors', content: t('daci.column.contributors') },
    { key: 'informed', content: t('daci.column.informed') },
    { key: 'due', content: t('daci.column.due'), isSortable: true },
    { key: 'outcome', content: t('daci.column.outcome') },
    { key: 'signoff', content: t('daci.column.signOff'), width: 16 },
  ],
});

/**
 * Atlaskit's dynamic table, sorted and paged here: a decision's details are a row of their own
 * under it, which the table's own sort would order as a decision. Given the total, the table takes
 * the rows as they are.
 */
export function DecisionTable({
  data,
  people,
  siteUrl,
  onSaved,
}: {
  data: Ready;
  people: ShownPeople;
  siteUrl: string | undefined;
  onSaved(data: TableData): void;
}) {
  const t = useT();
  const head = useMemo(() => headOf(t), [t]);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const sorted = useMemo(() => sortDecisions(data.table.decisions, sort, people, t('person.unknown')), [data.table.decisions, sort, people, t]);
  const pages = Math.max(1, Math.ceil(sorted.length / DECISIONS_PER_PAGE));
  const shownPage = Math.min(page, pages);
  const overdue = new Set(data.overdue);
  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const rows = sorted
    .slice((shownPage - 1) * DECISIONS_PER_PAGE, shownPage * DECISIONS_PER_PAGE)
    .flatMap((d) => decisionRows(d, { t, data, people, siteUrl, overdue, isOpen: open.has(d.id), toggle: () => toggle(d.id), onSaved }));
  return (
    <>
      <DynamicTableStateless
        caption={<span className="daci-title">{data.table.title}</span>}
        head={head}
        rows={rows}
        rowsPerPage={rows.length}
        totalRows={rows.length}
        sortKey={sort.key}
        sortOrder={sort.order}
        onSort={({ key, sortOrder }: { key: SortKey; sortOrder: Sort['order'] }) => (setSort({ key, order: sortOrder }), setPage(1))}
        testId="daci-table"
        emptyView={<p className="daci-muted">{t('daci.emptyTable')}</p>}
      />
      {pages > 1 && (
        <div className="daci-pages">
          <Pagination
            pages={Array.from({ length: pages }, (_, i) => i + 1)}
            selectedIndex={shownPage - 1}
            onChange={(_, p) => setPage(p)}
            label={t('daci.pages')}
            pageLabel={t('daci.page')}
            previousLabel={t('daci.previousPage')}
            nextLabel={t('daci.nextPage')}
            testId="daci-table-pages"
          />
        </div>
      )}
    </>
  );
}
