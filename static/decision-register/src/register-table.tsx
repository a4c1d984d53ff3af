import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import Pagination from '@atlaskit/pagination';
import { ownEntry } from '../../../src/domain/own-entry';
import { useT } from '../../shared/use-t';
import { plural, type Translate } from '../../shared/translate';
import { registerCells } from './register-cells';
import type { RegisterData, RegisterQueryInput, RegisterSortKey } from './types';

const headOf = (t: Translate) => ({
  cells: [
    { key: 'title', content: t('daci.column.decision'), isSortable: true, width: 26 },
    { key: 'status', content: t('daci.column.status'), isSortable: true },
    { key: 'impact', content: t('daci.column.impact'), isSortable: true },
    { key: 'approver', content: t('daci.column.approver'), isSortable: true, width: 14 },
    { key: 'driver', content: t('daci.column.driver'), isSortable: true },
    { key: 'due', content: t('daci.column.due'), isSortable: true },
    { key: 'page', content: t('register.column.page'), isSortable: true, width: 14 },
    { key: 'items', content: t('daci.linkedItems') },
    { key: 'changed', content: t('register.column.changed'), isSortable: true },
  ],
});

interface Props {
  data: RegisterData;
  query: RegisterQueryInput;
  loading: boolean;
  onQuery(change: Partial<RegisterQueryInput>): void;
}

/** One page of the register's decisions, sorted and paged by the backend (a space may hold thousands). */
export function RegisterTable({ data, query, loading, onQuery }: Props) {
  const t = useT();
  const nameOf = (id: string) => ownEntry(data.people, id)?.displayName ?? t('person.unknown');
  const first = data.matched === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const last = Math.min(data.matched, data.page * data.pageSize);
  return (
    <section aria-label={t('register.results')}>
      <p className="reg-count" role="status" data-testid="register-count">
        {t('register.count', { first, last, matched: data.matched, total: data.total })}
      </p>
      {data.unreadablePages > 0 && <p className="reg-muted">{plural(t, 'register.unreadable', data.unreadablePages)}</p>}
      <div data-testid="register-table">
        <DynamicTableStateless
          head={headOf(t)}
          rows={data.rows.map((row) => ({ key: `${row.pageId}:${row.localId}:${row.id}`, cells: registerCells(row, { t, nameOf, siteUrl: data.siteUrl }) }))}
          rowsPerPage={data.rows.length}
          // The rows are one page, sorted by the backend: with totalRows the table neither re-sorts nor re-pages them.
          totalRows={data.rows.length}
          isLoading={loading}
          sortKey={query.sort ?? 'due'}
          sortOrder={query.order === 'desc' ? 'DESC' : 'ASC'}
          onSort={({ key, sortOrder }: { key: RegisterSortKey; sortOrder: 'ASC' | 'DESC' }) =>
            onQuery({ sort: key, order: sortOrder === 'DESC' ? 'desc' : 'asc', page: 1 })
          }
          emptyView={<p className="reg-muted">{t(data.total === 0 ? 'register.emptySpace' : 'register.noMatch')}</p>}
        />
      </div>
      {data.pageCount > 1 && (
        <div className="reg-pages">
          <Pagination
            pages={Array.from({ length: data.pageCount }, (_, i) => i + 1)}
            selectedIndex={data.page - 1}
            onChange={(_, page) => onQuery({ page })}
            label={t('register.pages')}
            pageLabel={t('daci.page')}
            previousLabel={t('daci.previousPage')}
            nextLabel={t('daci.nextPage')}
            testId="register-pages"
          />
        </div>
      )}
    </section>
  );
}
