/**
 * Forge's platform limits the app designs around (developer.atlassian.com/platform/forge/limits-invocation).
 * Zod-free and dependency-free: the Custom UI screens and the sandbox import it too.
 */
export const FORGE_LIMITS = {
  /** What one `invoke` from a Custom UI page may send: "500KB" (counted here as 500,000 bytes of JSON). */
  frontendRequestBytes: 500_000,
  /** What an `invoke` may answer, and what a function may be invoked with: "5MB". */
  responseBytes: 5_000_000,
  backendPayloadBytes: 5_000_000,
  /** Room left for what the bridge sends around a payload (module key, function key, context). */
  invokeEnvelopeBytes: 4_000,
} as const;

/** The largest payload a Custom UI page may pass to `invoke`. */
export const MAX_INVOKE_PAYLOAD_BYTES = FORGE_LIMITS.frontendRequestBytes - FORGE_LIMITS.invokeEnvelopeBytes;

/** Bytes of `value` as JSON in UTF-8, the way a payload travels. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}
