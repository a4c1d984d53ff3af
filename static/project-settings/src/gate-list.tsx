import Button from '@atlaskit/button/new';
import { lazy, Suspense, useState } from 'react';
import { MoveButtons } from '../../shared/move-buttons';

// Atlaskit's modal is ~40 KB gzip: fetched when someone first asks to delete, not with the page.
const DeleteGateModal = lazy(() => import('./delete-gate-modal'));
import type { Gate, RulePlace, RuleUsage } from './shared/types';
import { ownEntry } from '../../../src/domain/own-entry';

/** "Checkout workflow → Done (published)". */
export const placeText = ({ workflow, transition, draft, disabled }: RulePlace) =>
  `${workflow} → ${transition?.name ?? 'a transition'} (${draft ? 'draft' : 'published'}${disabled ? ', disabled' : ''})`;

/** Where rules name the gate's id, or why that is not known; undefined when no rule names it. */
function usedBy(usage: RuleUsage, id: string): string | undefined {
  const places = ownEntry(usage.byGate, id);
  if (!places) return undefined;
  return places.length > 0 ? places.map(placeText).join('; ') : "a rule configured on Shipshape's rule screen (Jira's rules could not be read to say which)";
}

/** The project's gates in order, with their work types; edit, reorder, delete (confirmed, naming the rules that use it). */
export function GateList({
  gates,
  usage,
  busy,
  onEdit,
  onMove,
  onDelete,
}: {
  gates: Gate[];
  usage: RuleUsage;
  busy: boolean;
  onEdit: (i: number) => void;
  onMove: (from: number, to: number) => void;
  onDelete: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState<string | undefined>();
  if (gates.length === 0)
    return (
      <p className="cf-muted" data-testid="no-gates">
        This project has no gates of its own yet. Create one from a template below.
      </p>
    );
  const unused = usage.incomplete ? 'No workflow rule Shipshape could see names it, but the list may be incomplete (see above).' : 'No workflow rule names it.';
  return (
    <ul className="cf-list" data-testid="gate-list">
      {gates.map((g, i) => {
        const used = usedBy(usage, g.id);
        return (
          <li key={g.id} className="cf-card" data-testid={`gate-${g.id}`}>
            <div className="cf-row">
              <div className="cf-row-text">
                <strong>{g.name}</strong> <code className="cf-code cf-muted">{g.id}</code>
                <div className="cf-muted">
                  {g.criteria.length} criteria · {g.appliesTo ? `for ${g.appliesTo.issueTypes.join(', ')}` : 'for every work type'}
                  {used && ' · used by a workflow rule'}
                </div>
                {used && (
                  <div className="cf-muted" data-testid={`used-by-${g.id}`}>
                    Used by rules that name this gate id: {used}
                  </div>
                )}
              </div>
              <MoveButtons name={g.name} index={i} count={gates.length} isDisabled={busy} onMove={(to) => onMove(i, to)} />
              <Button testId={`edit-${g.id}`} isDisabled={busy} onClick={() => onEdit(i)}>
                Edit
              </Button>
              <Button appearance="subtle" testId={`delete-${g.id}`} isDisabled={busy} onClick={() => setConfirming(g.id)}>
                Delete
              </Button>
            </div>
            {confirming === g.id && (
              <Suspense fallback={null}>
                <DeleteGateModal
                  gateName={g.name}
                  consequence={
                    used
                      ? `Workflow rules name "${g.id}": ${used}. Their transitions will be blocked for this project's work items until an admin picks another gate (a workflow shared by several projects looks the id up in each item's project).`
                      : unused
                  }
                  onKeep={() => setConfirming(undefined)}
                  onDelete={() => (setConfirming(undefined), onDelete(g.id))}
                />
              </Suspense>
            )}
          </li>
        );
      })}
    </ul>
  );
}
