import { When } from '../../../shared/when';
import type { HistoryEntry } from './types';
import { ownEntry } from '../../../../src/domain/own-entry';
import { sayChange } from '../../../../src/domain/gates/change-words';
import { plural } from '../../../shared/translate';
import { useT } from '../../../shared/use-t';

/** The last changes to a gate set: who, when, what, before and after. */
export function RecentChanges({ entries, names = {}, dropped }: { entries: HistoryEntry[]; names?: Record<string, string>; dropped?: number | undefined }) {
  const t = useT();
  if (entries.length === 0)
    return (
      <p className="cf-muted" data-testid="recent-changes">
        {t('changes.none')}
      </p>
    );
  return (
    <>
      <RecentChangesTable entries={entries} names={names} />
      {dropped ? (
        <p className="cf-muted" data-testid="dropped-changes">
          {plural(t, 'changes.dropped', dropped)}
        </p>
      ) : null}
    </>
  );
}

function RecentChangesTable({ entries, names }: { entries: HistoryEntry[]; names: Record<string, string> }) {
  const t = useT();
  return (
    <table className="cf-table" data-testid="recent-changes">
      <thead>
        <tr>
          <th scope="col">{t('changes.when')}</th>
          <th scope="col">{t('changes.who')}</th>
          <th scope="col">{t('changes.change')}</th>
          <th scope="col">{t('changes.before')}</th>
          <th scope="col">{t('changes.after')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}>
            <td>
              <When at={e.at} />
            </td>
            <td>{ownEntry(names, e.accountId) ?? e.accountId}</td>
            <td>
              {t(`changes.action.${e.action}`)} <code className="cf-code">{e.target}</code>
            </td>
            <td>{e.said ? sayChange(e.said.before, t) : e.before}</td>
            <td>{e.said ? sayChange(e.said.after, t) : e.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
