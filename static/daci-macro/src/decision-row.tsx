import Button from '@atlaskit/button/new';
import type { RowType } from '@atlaskit/dynamic-table/types';
import { DueDate, StatusLozenge } from '../../shared/decision-lozenges';
import { ownEntry } from '../../../src/domain/own-entry';
import { DecisionDetails } from './decision-details';
import { LatestChange } from './decision-history';
import { Names, type ShownPeople } from './people';
import { SignOffCell } from './sign-off-cell';
import type { Decision, TableData } from './types';
import type { Translate } from '../../shared/translate';

export const COLUMN_COUNT = 10;

export interface RowContext {
  t: Translate;
  data: TableData & { state: 'ready' };
  people: ShownPeople;
  /** The site, for links to linked work items. */
  siteUrl: string | undefined;
  overdue: ReadonlySet<string>;
  isOpen: boolean;
  toggle(): void;
  onSaved(data: TableData): void;
}

/**
 * A decision's row and, when open, its details as a second row across every column (inside the
 * first column they made a row 1,000 px tall).
 */
export function decisionRows(d: Decision, { t, data, people, siteUrl, overdue, isOpen, toggle, onSaved }: RowContext): RowType[] {
  const detailsId = `details-of-${d.id}`;
  const changes = data.history.filter((h) => h.id === d.id);
  const row: RowType = {
    key: d.id,
    testId: `decision-${d.id}`,
    cells: [
      {
        content: (
          <div>
            <strong className="daci-text">{d.title}</strong>
            <LatestChange changes={changes} people={people} id={d.id} />
            <div>
              <Button appearance="subtle" spacing="compact" aria-expanded={isOpen} aria-controls={isOpen ? detailsId : undefined} onClick={toggle}>
                {isOpen ? t('daci.hideDetails') : t('daci.showDetails')}
              </Button>
            </div>
          </div>
        ),
      },
      { content: <StatusLozenge status={d.status} /> },
      { content: t(`daci.impact.${d.impact}`) },
      { content: <Names people={people} ids={[d.driver]} /> },
      { content: <Names people={people} ids={[d.approver]} /> },
      { content: <Names people={people} ids={d.contributors} /> },
      { content: <Names people={people} ids={d.informed} /> },
      { content: <DueDate due={d.due} late={overdue.has(d.id)} met={d.status === 'decided'} /> },
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
  if (!isOpen) return [row];
  const details: RowType = {
    key: `${d.id}/details`,
    testId: `details-row-${d.id}`,
    cells: [
      {
        content: (
          <DecisionDetails
            decision={d}
            id={detailsId}
            people={people}
            today={data.today}
            changes={changes}
            siteUrl={siteUrl}
            workItems={data.workItems}
            workItemsUnchecked={data.workItemsUnchecked}
          />
        ),
        colSpan: COLUMN_COUNT,
      },
    ],
  };
  return [row, details];
}
