import { Lozenge } from '../../shared/lozenge';
import { DueDate, SignOffLozenge, StatusLozenge } from '../../shared/decision-lozenges';
import { WorkItemLinks } from '../../shared/work-item-links';
import { plural, type Translate } from '../../shared/translate';
import type { RegisterRowData } from './types';

interface CellContext {
  t: Translate;
  nameOf(accountId: string): string;
  siteUrl: string | undefined;
}

function changeText(row: RegisterRowData, { t, nameOf }: CellContext): string | undefined {
  const change = row.change;
  if (!change) return undefined;
  const when = change.daysAfterDecision === 0 ? t('daci.history.sameDay') : plural(t, 'daci.history.daysAfter', change.daysAfterDecision);
  const what =
    change.kind === 'reopened'
      ? t('daci.history.reopened', { when })
      : t('daci.history.changed', { what: change.changed.map((f) => t(`daci.history.facet.${f}`)).join(', '), when });
  return t('register.changedBy', { what, person: nameOf(change.by) });
}

/** The cells of one register row, in the order of the table's head. */
export function registerCells(row: RegisterRowData, context: CellContext) {
  const { t, nameOf, siteUrl } = context;
  const change = changeText(row, context);
  return [
    { key: 'title', content: <span className="reg-title">{row.title}</span> },
    { key: 'status', content: <StatusLozenge status={row.status} /> },
    { key: 'impact', content: row.impact ? t(`daci.impact.${row.impact}`) : '—' },
    {
      key: 'approver',
      content: (
        <span className="reg-stack">
          <span className="reg-name">{nameOf(row.approver)}</span>
          <SignOffLozenge standing={row.signOff} />
        </span>
      ),
    },
    { key: 'driver', content: <span className="reg-name">{nameOf(row.driver)}</span> },
    { key: 'due', content: <DueDate due={row.due} late={row.overdue} met={row.status === 'decided'} /> },
    {
      key: 'page',
      content: row.pageUrl ? (
        <a href={row.pageUrl} target="_blank" rel="noopener noreferrer">
          {row.pageTitle}
        </a>
      ) : (
        row.pageTitle
      ),
    },
    { key: 'items', content: <WorkItemLinks keys={row.jiraKeys} siteUrl={siteUrl} /> },
    {
      key: 'changed',
      content: change ? (
        <span className="reg-stack" data-testid={`register-change-${row.id}`}>
          <Lozenge appearance="moved">{t(row.change?.kind === 'reopened' ? 'daci.history.reopenedLabel' : 'daci.history.changedLabel')}</Lozenge>
          <span className="reg-muted">{change}</span>
        </span>
      ) : (
        '—'
      ),
    },
  ];
}
