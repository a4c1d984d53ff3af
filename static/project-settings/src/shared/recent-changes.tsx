import type { HistoryEntry } from './types';

const ACTIONS: Record<string, string> = {
  'create-gate': 'Created',
  'update-gate': 'Edited',
  'delete-gate': 'Deleted',
  'reorder-gates': 'Reordered',
  'import-merge': 'Imported (merge)',
  'import-replace': 'Imported (replace)',
};

/** The last changes to a gate set: who, when, what, before and after. */
export function RecentChanges({ entries, names = {} }: { entries: HistoryEntry[]; names?: Record<string, string> }) {
  if (entries.length === 0)
    return (
      <p className="cf-muted" data-testid="recent-changes">
        No changes yet.
      </p>
    );
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
            <td>{new Date(e.at).toLocaleString()}</td>
            <td>{names[e.accountId] ?? e.accountId}</td>
            <td>
              {ACTIONS[e.action] ?? e.action} <code className="cf-code">{e.target}</code>
            </td>
            <td>{e.before}</td>
            <td>{e.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
