import { useState } from 'react';
import type { Gate } from './shared/types';

/** The project's gates in order, with their work types; edit, reorder, delete (confirmed, with a warning when a rule uses it). */
export function GateList({ gates, usedGateIds, busy, onEdit, onMove, onDelete }: { gates: Gate[]; usedGateIds: string[]; busy: boolean; onEdit: (i: number) => void; onMove: (from: number, to: number) => void; onDelete: (id: string) => void }) {
  const [confirming, setConfirming] = useState<string | undefined>();
  if (gates.length === 0) return <p className="cf-muted" data-testid="no-gates">This project has no gates of its own yet. Create one from a template below.</p>;
  return (
    <ul className="cf-list" data-testid="gate-list">
      {gates.map((g, i) => (
        <li key={g.id} className="cf-card" data-testid={`gate-${g.id}`}>
          <div className="cf-row">
            <div className="cf-grow">
              <strong>{g.name}</strong> <code className="cf-code cf-muted">{g.id}</code>
              <div className="cf-muted">
                {g.criteria.length} criteria · {g.appliesTo ? `for ${g.appliesTo.issueTypes.join(', ')}` : 'for every work type'}
                {usedGateIds.includes(g.id) && ' · used by a workflow rule'}
              </div>
            </div>
            <button type="button" className="cf-button" data-spacing="compact" aria-label={`Move ${g.name} up`} disabled={busy || i === 0} onClick={() => onMove(i, i - 1)}>↑</button>
            <button type="button" className="cf-button" data-spacing="compact" aria-label={`Move ${g.name} down`} disabled={busy || i === gates.length - 1} onClick={() => onMove(i, i + 1)}>↓</button>
            <button type="button" className="cf-button" data-testid={`edit-${g.id}`} disabled={busy} onClick={() => onEdit(i)}>Edit</button>
            <button type="button" className="cf-button" data-appearance="subtle" data-testid={`delete-${g.id}`} disabled={busy} onClick={() => setConfirming(g.id)}>Delete</button>
          </div>
          {confirming === g.id && (
            <div className="cf-message" data-appearance="warning" role="alertdialog" aria-label={`Delete ${g.name}?`} data-testid="confirm-delete">
              <p style={{ marginTop: 0 }}>
                Delete {g.name}?{' '}
                {usedGateIds.includes(g.id) ? `A workflow rule uses "${g.id}": transitions with that rule will be blocked until an admin picks another gate.` : 'No workflow rule configured through Shipshape uses it.'}
              </p>
              <div className="cf-row">
                <button type="button" className="cf-button" data-appearance="danger" data-testid="confirm-delete-yes" autoFocus onClick={() => (setConfirming(undefined), onDelete(g.id))}>Delete</button>
                <button type="button" className="cf-button" onClick={() => setConfirming(undefined)}>Keep it</button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
