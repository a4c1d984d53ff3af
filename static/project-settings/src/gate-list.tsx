import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { lazy, Suspense, useState } from 'react';
import { MoveButtons } from '../../shared/move-buttons';
import type { Gate, RulePlace, RuleUsage } from './shared/types';
import { ownEntry } from '../../../src/domain/own-entry';
import { gateSummaryCells } from './gate-summary-cells';
import { useT } from '../../shared/use-t';
import type { Translate } from '../../shared/translate';

// Atlaskit's modal is ~40 KB gzip: fetched when someone first asks to delete, not with the page.
const DeleteGateModal = lazy(() => import('./delete-gate-modal'));

/** "Checkout workflow → Done (published)". */
export const placeText = ({ workflow, transition, draft, disabled }: RulePlace, t: Translate) =>
  t(disabled ? 'settings.place.disabled' : 'settings.place.enabled', {
    workflow,
    transition: transition?.name ?? t('settings.place.aTransition'),
    state: t(draft ? 'settings.place.draft' : 'settings.place.published'),
  });

/** Where rules name the gate's id, or why that is not known; undefined when no rule names it. */
function usedBy(usage: RuleUsage, id: string, t: Translate): string | undefined {
  const places = ownEntry(usage.byGate, id);
  if (!places) return undefined;
  return places.length > 0 ? places.map((place) => placeText(place, t)).join('; ') : t('settings.usedByUnknownRule');
}

const head = (t: Translate) => ({
  cells: [
    { key: 'order', content: t('settings.column.order'), width: 8 },
    { key: 'gate', content: t('settings.column.gate'), width: 30 },
    { key: 'types', content: t('settings.column.appliesTo'), width: 18 },
    { key: 'criteria', content: t('settings.column.criteria'), width: 8 },
    { key: 'rules', content: t('settings.column.rules'), width: 22 },
    { key: 'actions', content: <VisuallyHidden>{t('settings.column.actions')}</VisuallyHidden>, width: 14 },
  ],
});

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
  const t = useT();
  const [confirming, setConfirming] = useState<Gate | undefined>();
  if (gates.length === 0)
    return (
      <p className="cf-muted" data-testid="no-gates">
        {t('settings.noGates')}
      </p>
    );
  const unused = t(usage.incomplete ? 'settings.unusedMaybe' : 'settings.unused');
  const rows = gates.map((g, i) => {
    const used = usedBy(usage, g.id, t);
    return {
      key: g.id,
      testId: `gate-${g.id}`,
      cells: [
        { key: 'order', content: <MoveButtons name={g.name} index={i} count={gates.length} isDisabled={busy} onMove={(to) => onMove(i, to)} /> },
        ...gateSummaryCells(g, t),
        {
          key: 'rules',
          content: used ? <span data-testid={`used-by-${g.id}`}>{used}</span> : <span className="cf-muted">{t('settings.none')}</span>,
        },
        {
          key: 'actions',
          content: (
            <div className="cf-row">
              <Button testId={`edit-${g.id}`} isDisabled={busy} onClick={() => onEdit(i)}>
                {t('settings.edit')}
              </Button>
              <Button appearance="subtle" testId={`delete-${g.id}`} isDisabled={busy} onClick={() => setConfirming(g)}>
                {t('settings.delete')}
              </Button>
            </div>
          ),
        },
      ],
    };
  });
  const confirmingUse = confirming && usedBy(usage, confirming.id, t);
  return (
    <div data-testid="gate-list">
      <DynamicTable head={head(t)} rows={rows} label={t('settings.gatesLabel')} />
      {confirming && (
        <Suspense fallback={null}>
          <DeleteGateModal
            gateName={confirming.name}
            consequence={confirmingUse ? t('settings.deleteConsequence', { id: confirming.id, rules: confirmingUse }) : unused}
            onKeep={() => setConfirming(undefined)}
            onDelete={() => (setConfirming(undefined), onDelete(confirming.id))}
          />
        </Suspense>
      )}
    </div>
  );
}
