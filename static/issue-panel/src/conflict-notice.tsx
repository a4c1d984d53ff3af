import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { HandoffRead } from './handoff-read';
import type { Act } from './act';
import type { HandoffView } from './types';

/** After "Reload their version": the other person's saved package, read-only, above the engineer's own draft. */
export function TheirVersion({ theirs, act, onDismiss }: { theirs: HandoffView; act: Act; onDismiss(): void }) {
  return (
    <div data-testid="their-version">
      <SectionMessage appearance="information" title="Their saved version">
        <p style={{ margin: 0 }}>
          This is what the other person saved. Your text is still in the form below: copy what you need from theirs, then press Save package to replace their
          version with yours.
        </p>
      </SectionMessage>
      <HandoffRead handoff={theirs} canVerify={false} busy={false} act={act} />
      <div style={{ margin: '8px 0 16px' }}>
        <Button appearance="subtle" onClick={onDismiss}>
          Hide their version
        </Button>
      </div>
    </div>
  );
}

/** The conflict refusal, with the way out that keeps the engineer's text. */
export function ConflictActions({ busy, onReload }: { busy: boolean; onReload(): void }) {
  return (
    <div style={{ margin: '8px 0 16px' }}>
      <Button appearance="primary" isDisabled={busy} onClick={onReload} testId="reload-theirs">
        Reload their version
      </Button>
    </div>
  );
}
