import { When } from '../../../shared/when';
import type { HistoryEntry } from './types';
import { ownEntry } from '../../../../src/domain/own-entry';

const ACTIONS: Record<string, string> = {
  'create-gate': 'Created',
  'update-gate': 'Edited',
  'delete-gate': 'Deleted',
  'reorder-gates': 'Reordered',
  'import-merge': 'Imported (merge)',
  'import-replace': 'Imported (replace)',
};

/** The last changes to a gate set: who, when, what, before and after. */
export function RecentChanges({ entries, names = {}, dropped }: { entries: HistoryEntry[]; names?: Record<string, string>; dropped?: number | undefined }) {
  if (entries.length === 0)
    return (
      <p className="cf-muted" data-testid="recent-changes">
        No changes yet.
      </p>
    );
  return (
    <>
      <RecentChangesTable entries={entries} names={names} />
      {dropped ? (
        <p className="cf-muted" data-testid="dropped-changes">
          The {dropped} oldest {dropped === 1 ? 'change is' : 'changes are'} no longer kept: the history stays within Forge&apos;s storage limit.
        </p>
      ) : null}
    </>
  );
}

function RecentChangesTable({ entries, names }: { entries: HistoryEntry[]; names: Record<string, string> }) {
  return (
    <table className="cf-table" data-testid="recent-changes">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Change</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
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
              {ownEntry(ACTIONS, e.action) ?? e.action} <code className="cf-code">{e.target}</code>
            </td>
            <td>{e.before}</td>
            <td>{e.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
