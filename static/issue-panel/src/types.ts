/** The resolver's types, shared with the backend (type-only: nothing server-side is bundled). */
export type { BehaviourView, CriterionView, GateView, HandoffView, PanelData, PersonView, ResultView } from '../../../src/resolvers/panel-data';
export type { Envelope, ErrorCode, ResolverError } from '../../../src/resolvers/envelope';
export type { AuditEntry } from '../../../src/records/audit-trail';

export type Severity = 'high' | 'medium' | 'low';

/** The resolvers the panel calls; every one answers the fresh PanelData. */
export type ResolverName = 'getPanel' | 'saveHandoff' | 'setTick' | 'verifyBehaviour' | 'createBug' | 'approve' | 'revokeApproval' | 'waive' | 'revokeWaiver';
