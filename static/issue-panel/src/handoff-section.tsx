import { lazy, Suspense, useRef, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { ConflictActions, TheirVersion } from './conflict-notice';
import { draftFrom, handoffPayload, handoffText, type Draft } from './draft';
import { HandoffRead } from './handoff-read';
import { ByWhom } from './person-name';
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
  const [draft, setDraft] = useState<Draft>();
  /** The package (and revision) the draft is based on; a save names this revision. */
  const [savedBase, setBase] = useState<{ revision: number; text: string }>();
  const [error, setError] = useState<ResolverError>();
  const [theirs, setTheirs] = useState<HandoffView>();
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
    setBase({ revision: panel.revision, text: handoffText(panel.handoff) });
    setError(undefined);
  };
  const stopEditing = () => {
    setDraft(undefined);
    setError(undefined);
    setTheirs(undefined);
    setTimeout(() => headingRef.current?.focus(), 0);
  };
  const save = async () => {
    if (!draft || !base) return;
    const answer = await act('saveHandoff', { revision: base.revision, handoff: handoffPayload(draft) }, 'Handoff package saved.');
    if (answer.ok) stopEditing();
    else setError(answer.error);
  };
  const reloadTheirs = async () => {
    const answer = await reload();
    if (!answer.ok) return setError(answer.error);
    setTheirs(answer.data.handoff);
    setBase({ revision: answer.data.revision, text: handoffText(answer.data.handoff) });
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
          QA handoff package
        </h2>
        {canEdit && !draft ? (
          <Button onClick={startEditing} testId="edit-handoff">
            Edit package
          </Button>
        ) : null}
      </Row>
      {panel.updatedAt && panel.updatedBy ? (
        <Meta testId="last-change">
          <ByWhom verb="Last change through Shipshape" accountId={panel.updatedBy} at={panel.updatedAt} />
        </Meta>
      ) : null}
      {draft ? (
        <div style={{ marginTop: gap.m }}>
          {theirs ? <TheirVersion theirs={theirs} act={act} onDismiss={() => setTheirs(undefined)} /> : null}
          <Suspense fallback={<Spinner size="medium" label="Opening the editor" />}>
            <HandoffEdit
              draft={draft}
              onChange={setDraft}
              busy={busy}
              onSave={() => void save()}
              onCancel={stopEditing}
              {...(error ? { error } : {})}
              errorActions={error?.code === 'CONFLICT' ? <ConflictActions busy={busy} onReload={() => void reloadTheirs()} /> : null}
            />
          </Suspense>
        </div>
      ) : (
        <HandoffRead handoff={panel.handoff} canVerify={panel.rights.canVerify} busy={busy} act={act} />
      )}
    </section>
  );
}
