import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/resolvers/envelope';
import { jsonBytes, MAX_INVOKE_PAYLOAD_BYTES } from '../../src/forge-limits';

/** How a screen names itself and the way to retry, in its failure messages. */
export interface Screen {
  /** e.g. "the panel" */
  name: string;
  /** e.g. "Reload the panel and try again." */
  retry: string;
}

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/**
 * Every Custom UI screen's resolver call: the resolver's envelope as it came, a BAD_INPUT one
 * without sending when the payload is over Forge's 500 KB front-end limit, or an INTERNAL one
 * when the invoke fails or answers something that is not an envelope (never a throw).
 */
export async function callResolver<T>(screen: Screen, name: string, payload: Record<string, unknown> = {}): Promise<Envelope<T>> {
  const bytes = jsonBytes(payload);
  if (bytes > MAX_INVOKE_PAYLOAD_BYTES) {
    // Forge refuses it anyway; say so before sending, and nothing half-sent is saved.
    const message = `This is too large to send: ${Math.ceil(bytes / 1000)} KB, and Jira accepts at most ${Math.floor(MAX_INVOKE_PAYLOAD_BYTES / 1000)} KB from an app's page at once. Nothing was sent or saved; shorten it and try again.`;
    return { ok: false, error: { code: 'BAD_INPUT', message } };
  }
  try {
    const answer: unknown = await invoke(name, payload);
    if (isEnvelope(answer)) return answer as Envelope<T>;
    return { ok: false, error: { code: 'INTERNAL', message: `Shipshape gave an answer ${screen.name} cannot read. ${screen.retry}` } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Shipshape could not be reached (${detail}). ${screen.retry}` } };
  }
}
