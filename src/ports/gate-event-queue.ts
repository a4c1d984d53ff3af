import type { GateEvent } from '../domain/insights/gate-event';

/** Hands a gate event to the queue that counts it (Forge's async events queue; a local one in the sandbox and tests). */
export type SendGateEvent = (event: GateEvent) => Promise<void>;
