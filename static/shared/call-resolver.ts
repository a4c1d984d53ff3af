import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/resolvers/envelope';
import { jsonBytes, MAX_INVOKE_PAYLOAD_BYTES } from '../../src/forge-limits';
import { sharedLocale, sharedTranslate } from './i18n';

/** Which screen calls, for its failure messages' words ("Reload the panel and try again."). */
export type Screen = 'panel' | 'context' | 'table' | 'page';

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
    const t = await sharedTranslate();
    const message = t('call.tooLarge', { size: Math.ceil(bytes / 1000), max: Math.floor(MAX_INVOKE_PAYLOAD_BYTES / 1000) });
    return { ok: false, error: { code: 'BAD_INPUT', message } };
  }
  try {
    // The resolvers answer in the person's language: Forge tells a resolver no locale, so the screen does.
    const locale = await sharedLocale();
    const answer: unknown = await invoke(name, locale ? { ...payload, locale } : payload);
    if (isEnvelope(answer)) return answer as Envelope<T>;
    const t = await sharedTranslate();
    return { ok: false, error: { code: 'INTERNAL', message: `${t(`call.unreadable.${screen}`)} ${t(`call.retry.${screen}`)}` } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const t = await sharedTranslate();
    return { ok: false, error: { code: 'INTERNAL', message: `${t('call.unreachable', { detail })} ${t(`call.retry.${screen}`)}` } };
  }
}
