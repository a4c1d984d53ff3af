import SectionMessage from '@atlaskit/section-message';
import type { PanelData } from './types';

/** Tells someone who may not edit the item why the panel offers them nothing to change. */
export function ReadOnlyNotice({ rights }: { rights: PanelData['rights'] }) {
  if (rights.canEdit) return null;
  return (
    <div data-testid="read-only-notice" style={{ marginBottom: 12 }}>
      <SectionMessage appearance="information" title="You can read this, not change it">
        You do not have the Edit Issues permission on this work item, so Shipshape shows its gates and handoff package without edit controls.
        {rights.canVerify ? ' You can still verify its expected behaviours as a QA verifier.' : ''} Approvals and waivers stay open to the people each check
        names.
      </SectionMessage>
    </div>
  );
}
