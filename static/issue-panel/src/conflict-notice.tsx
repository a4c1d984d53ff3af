import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { HandoffRead } from './handoff-read';
import type { Act } from './act';
import type { Merged } from './merge-draft';
import { ByWhom } from './person-name';
import { Row } from './ui';
import type { HandoffView } from './types';
import { FillNodes } from '../../shared/fill-nodes';
import { useT } from '../../shared/use-t';

/** The package as someone else saved it, with who saved it and when (when the records say). */
export interface Theirs {
  handoff: HandoffView;
  by?: string;
  at?: string;
}

/** After a conflict: the other person's saved package, read-only, above the person's own draft. */
export function TheirVersion({ theirs, act, onDismiss }: { theirs: Theirs; act: Act; onDismiss(): void }) {
  const t = useT();
  return (
    <div data-testid="their-version">
      <SectionMessage appearance="information" title={t('conflict.theirVersion')}>
        <p style={{ margin: 0 }} data-testid="their-version-by">
          <FillNodes
            text={t('conflict.savedThen')}
            parts={{
              saved: theirs.by && theirs.at ? <ByWhom verb={t('conflict.saved')} accountId={theirs.by} at={theirs.at} /> : t('conflict.savedBySomeone'),
            }}
          />
        </p>
      </SectionMessage>
      <HandoffRead handoff={theirs.handoff} canVerify={false} busy={false} act={act} />
      <div style={{ margin: '8px 0 16px' }}>
        <Button appearance="subtle" onClick={onDismiss}>
          {t('conflict.hide')}
        </Button>
      </div>
    </div>
  );
}

/** What Merge did: the sections taken from them, and those both changed (the person's words kept). */
export function MergeOutcome({ merged }: { merged: Merged }) {
  const t = useT();
  const names = (sections: typeof taken) => sections.map((section) => t(`handoffSection.${section}`)).join(', ');
  const { taken, clashes } = merged;
  return (
    <div data-testid="merge-outcome" style={{ marginBottom: 8 }}>
      <SectionMessage appearance={clashes.length ? 'warning' : 'success'} title={clashes.length ? t('conflict.mergedWithClashes') : t('conflict.merged')}>
        <p style={{ margin: 0 }}>
          {[
            taken.length ? t('conflict.taken', { sections: names(taken) }) : t('conflict.nothingTaken'),
            ...(clashes.length ? [t('conflict.clashes', { sections: names(clashes) })] : []),
            t('conflict.notSavedYet'),
          ].join(' ')}
        </p>
      </SectionMessage>
    </div>
  );
}

/** The conflict refusal, with the ways out that keep the person's text: merge theirs in, or see theirs beside it. */
export function ConflictActions({ busy, onMerge, onReload }: { busy: boolean; onMerge(): void; onReload(): void }) {
  const t = useT();
  return (
    <Row style={{ margin: '8px 0 16px' }}>
      <Button appearance="primary" isDisabled={busy} onClick={onMerge} testId="merge-theirs">
        {t('conflict.merge')}
      </Button>
      <Button isDisabled={busy} onClick={onReload} testId="reload-theirs">
        {t('conflict.show')}
      </Button>
    </Row>
  );
}
