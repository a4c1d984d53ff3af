import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { lazy, Suspense, useState } from 'react';
import { MoveButtons } from '../../shared/move-buttons';
import type { Gate, RulePlace, RuleUsage } from './shared/types';
import { ownEntry } from '../../../src/domain/own-entry';
import { gateSummaryCells } from './gate-summary-cells';

// Atlaskit's modal is ~40 KB gzip: fetched when someone first asks to delete, not with the page.
const DeleteGateModal = lazy(() => import('./delete-gate-modal'));

/** "Checkout workflow → Done (published)". */
export const placeText = ({ workflow, transition, draft, disabled }: RulePlace) =>
  `${workflow} → ${transition?.name ?? 'a transition'} (${draft ? 'draft' : 'published'}${disabled ? ', disabled' : ''})`;

/** Where rules name the gate's id, or why that is not known; undefined when no rule names it. */
function usedBy(usage: RuleUsage, id: string): string | undefined {
  const places = ownEntry(usage.byGate, id);
  if (!places) return undefined;
  return places.length > 0 ? places.map(placeText).join('; ') : "a rule configured on Shipshape's rule screen (Jira's rules could not be read to say which)";
}

const HEAD = {
  cells: [
    { key: 'order', content: 'Order', width: 8 },
    { key: 'gate', content: 'Gate', width: 30 },
    { key: 'types', content: 'Applies to', width: 18 },
    { key: 'criteria', content: 'Criteria', width: 8 },
    { key: 'rules', content: 'Workflow rules naming it', width: 22 },
    { key: 'actions', content: <VisuallyHidden>Actions</VisuallyHidden>, width: 14 },
  ],
};

/** The project's gates in order, one table row each; edit, reorder, delete (confirmed, naming the rules that use it). */
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
  const [confirming, setConfirming] = useState<Gate | undefined>();
  if (gates.length === 0)
    return (
      <p className="cf-muted" data-testid="no-gates">
        This project has no gates of its own yet. Create one from a template below.
      </p>
    );
  const unused = usage.incomplete ? 'No workflow rule Shipshape could see names it, but the list may be incomplete (see above).' : 'No workflow rule names it.';
  const rows = gates.map((g, i) => {
    const used = usedBy(usage, g.id);
    return {
      key: g.id,
      testId: `gate-${g.id}`,
      cells: [
        { key: 'order', content: <MoveButtons name={g.name} index={i} count={gates.length} isDisabled={busy} onMove={(to) => onMove(i, to)} /> },
        ...gateSummaryCells(g),
        {
          key: 'rules',
          content: used ? <span data-testid={`used-by-${g.id}`}>{used}</span> : <span className="cf-muted">None</span>,
        },
        {
          key: 'actions',
          content: (
            <div className="cf-row">
              <Button testId={`edit-${g.id}`} isDisabled={busy} onClick={() => onEdit(i)}>
                Edit
              </Button>
              <Button appearance="subtle" testId={`delete-${g.id}`} isDisabled={busy} onClick={() => setConfirming(g)}>
                Delete
              </Button>
            </div>
          ),
        },
      ],
    };
  });
  const confirmingUse = confirming && usedBy(usage, confirming.id);
  return (
    <div data-testid="gate-list">
      <DynamicTable head={HEAD} rows={rows} label="The project's gates, in the order they are checked" />
      {confirming && (
        <Suspense fallback={null}>
          <DeleteGateModal
            gateName={confirming.name}
            consequence={
              confirmingUse
                ? `Workflow rules name "${confirming.id}": ${confirmingUse}. Their transitions will be blocked for this project's work items until an admin picks another gate (a workflow shared by several projects looks the id up in each item's project).`
                : unused
            }
            onKeep={() => setConfirming(undefined)}
            onDelete={() => (setConfirming(undefined), onDelete(confirming.id))}
          />
        </Suspense>
      )}
    </div>
  );
}
