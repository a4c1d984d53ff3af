import { lazy, Suspense, useRef, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { ConflictActions, MergeOutcome, TheirVersion, type Theirs } from './conflict-notice';
import { mergeDraft, type Merged } from './merge-draft';
import { draftFrom, handoffPayload, handoffText, type Draft } from './draft';
import { HandoffRead } from './handoff-read';
import { ByWhom } from './person-name';
import { useT } from '../../shared/use-t';
import { Meta, Row, gap } from './ui';
import type { Envelope, HandoffView, PanelData, ResolverError } from './types';

// The editor (Atlaskit's text areas, select and counters) loads when someone first edits, not with the panel.
const HandoffEdit = lazy(() => import('./handoff-edit').then((module) => ({ default: module.HandoffEdit })));

interface HandoffSectionProps {
  panel: PanelData;
  busy: boolean;
  act: Act;
  reload(): Promise<Envelope<PanelData>>;
}

/** The QA handoff package: read layout for everyone, edit layout for people who may edit the item. */
export function HandoffSection({ panel, busy, act, reload }: HandoffSectionProps) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>();
  /** The package (and revision) the draft is based on; a save names this revision. */
  const [savedBase, setBase] = useState<{ revision: number; text: string; handoff: HandoffView }>();
  const [error, setError] = useState<ResolverError>();
  const [theirs, setTheirs] = useState<Theirs>();
  const [merged, setMerged] = useState<Merged>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const canEdit = panel.rights.canEdit;

  // The user's own other writes (ticks, results) move the revision without touching the package:
  // while the saved package is the one the draft started from, the draft is based on the latest revision.
  const base =
    savedBase && savedBase.revision !== panel.revision && handoffText(panel.handoff) === savedBase.text
      ? { ...savedBase, revision: panel.revision }
      : savedBase;

  const startEditing = () => {
    setDraft(draftFrom(panel.handoff));
    setBase({ revision: panel.revision, text: handoffText(panel.handoff), handoff: panel.handoff });
    setError(undefined);
    setMerged(undefined);
  };
  const stopEditing = () => {
    setDraft(undefined);
    setError(undefined);
    setTheirs(undefined);
    setMerged(undefined);
    setTimeout(() => headingRef.current?.focus(), 0);
  };
  /** `anyway`: the person saw what the save was asked about (text like a password, QA results or a gate it sets aside) and saves. */
  const save = async (anyway = false) => {
    if (!draft || !base) return;
    const confirmed = anyway ? { keepSecretLikeText: true, acceptConsequences: true } : {};
    const payload = { revision: base.revision, handoff: handoffPayload(draft), ...confirmed };
    const answer = await act('saveHandoff', payload, t('handoff.saved'));
    if (answer.ok) stopEditing();
    else setError(answer.error);
  };
  /** Reads the package as saved now; `merge` also folds their changes into the draft (mergeDraft). */
  const reloadTheirs = async (merge: boolean) => {
    const answer = await reload();
    if (!answer.ok) return setError(answer.error);
    const saved = answer.data;
    if (merge && draft && base) {
      const result = mergeDraft(base.handoff, draft, saved.handoff);
      setDraft(result.draft);
      setMerged(result);
    }
    setTheirs({ handoff: saved.handoff, ...(saved.updatedBy && saved.updatedAt ? { by: saved.updatedBy, at: saved.updatedAt } : {}) });
    setBase({ revision: saved.revision, text: handoffText(saved.handoff), handoff: saved.handoff });
    setError(undefined);
  };

  return (
    <section aria-labelledby="handoff-heading" data-testid="handoff" style={{ marginBottom: gap.xl }}>
      <Row style={{ justifyContent: 'space-between' }}>
        <h2
          id="handoff-heading"
          ref={headingRef}
          tabIndex={-1}
          className="ss-focusable"
          style={{ font: token('font.heading.medium'), margin: 0, color: token('color.text') }}
        >
          {t('handoff.title')}
        </h2>
        {canEdit && !draft ? (
          <Button onClick={startEditing} testId="edit-handoff">
            {t('handoff.edit')}
          </Button>
        ) : null}
      </Row>
      {panel.updatedAt && panel.updatedBy ? (
        <Meta testId="last-change">
          <ByWhom verb={t('handoff.lastChange')} accountId={panel.updatedBy} at={panel.updatedAt} />
        </Meta>
      ) : null}
      {draft ? (
        <div style={{ marginTop: gap.m }}>
          {merged ? <MergeOutcome merged={merged} /> : null}
          {theirs ? <TheirVersion theirs={theirs} act={act} onDismiss={() => setTheirs(undefined)} /> : null}
          <Suspense fallback={<Spinner size="medium" label={t('handoff.openingEditor')} />}>
            <HandoffEdit
              draft={draft}
              onChange={(next) => {
                setDraft(next);
                // "Save anyway" is for the text the person was shown: after an edit, saving asks again.
                if (error?.code === 'NEEDS_CONFIRMATION') setError(undefined);
              }}
              busy={busy}
              onSave={() => void save()}
              onCancel={stopEditing}
              {...(error ? { error } : {})}
              errorActions={
                error?.code === 'CONFLICT' ? (
                  <ConflictActions busy={busy} onMerge={() => void reloadTheirs(true)} onReload={() => void reloadTheirs(false)} />
                ) : error?.code === 'NEEDS_CONFIRMATION' ? (
                  <Button isDisabled={busy} onClick={() => void save(true)} testId="save-anyway">
                    {t('handoff.saveAnyway')}
                  </Button>
                ) : null
              }
            />
          </Suspense>
        </div>
      ) : (
        <HandoffRead handoff={panel.handoff} canVerify={panel.rights.canVerify} busy={busy} act={act} />
      )}
    </section>
  );
}
