import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { HandoffRead } from './handoff-read';
import type { Act } from './act';
import type { Merged } from './merge-draft';
import { ByWhom } from './person-name';
import { Row } from './ui';
import type { HandoffView } from './types';

/** The package as someone else saved it, with who saved it and when (when the records say). */
export interface Theirs {
  handoff: HandoffView;
  by?: string;
  at?: string;
}

/** After a conflict: the other person's saved package, read-only, above the person's own draft. */
export function TheirVersion({ theirs, act, onDismiss }: { theirs: Theirs; act: Act; onDismiss(): void }) {
  return (
    <div data-testid="their-version">
      <SectionMessage appearance="information" title="Their saved version">
        <p style={{ margin: 0 }} data-testid="their-version-by">
          {theirs.by && theirs.at ? <ByWhom verb="Saved" accountId={theirs.by} at={theirs.at} /> : 'Saved by someone else'}. Your text is in the form below:
          copy what you need from theirs, then press Save package.
        </p>
      </SectionMessage>
      <HandoffRead handoff={theirs.handoff} canVerify={false} busy={false} act={act} />
      <div style={{ margin: '8px 0 16px' }}>
        <Button appearance="subtle" onClick={onDismiss}>
          Hide their version
        </Button>
      </div>
    </div>
  );
}

/** What Merge did: the sections taken from them, and those both changed (the person's words kept). */
export function MergeOutcome({ merged }: { merged: Merged }) {
  const { taken, clashes } = merged;
  return (
    <div data-testid="merge-outcome" style={{ marginBottom: 8 }}>
      <SectionMessage appearance={clashes.length ? 'warning' : 'success'} title={clashes.length ? 'Merged, with sections you both changed' : 'Merged'}>
        <p style={{ margin: 0 }}>
          {taken.length ? `Their changes to ${taken.join(', ')} are now in your form.` : 'They changed nothing you had not changed too.'}
          {clashes.length ? ` You both changed ${clashes.join(', ')}: your words are kept; theirs are shown above.` : ''} Nothing is saved until you press Save
          package.
        </p>
      </SectionMessage>
    </div>
  );
}

/** The conflict refusal, with the ways out that keep the person's text: merge theirs in, or see theirs beside it. */
export function ConflictActions({ busy, onMerge, onReload }: { busy: boolean; onMerge(): void; onReload(): void }) {
  return (
    <Row style={{ margin: '8px 0 16px' }}>
      <Button appearance="primary" isDisabled={busy} onClick={onMerge} testId="merge-theirs">
        Merge their changes
      </Button>
      <Button isDisabled={busy} onClick={onReload} testId="reload-theirs">
        Show their version
      </Button>
    </Row>
  );
}
