/**
 * The messages the bridge shim (inside a Custom UI iframe) and the host frame (the sandbox page
 * that embeds it) exchange with `postMessage`. Everything here must survive structured clone:
 * plain data only. Functions an app passes to the bridge (for example the
 * `workflowRules.onConfigure` callback) stay in the iframe; they cross as a `FunctionRef`.
 */

/** Marks every message of this protocol, so other `postMessage` traffic is ignored. */
export const PROTOCOL = 'shipshape-sandbox-bridge/v1';

/** A function left in the iframe, named by the id the shim keeps it under. */
export interface FunctionRef {
  readonly __sandboxFunction: number;
}

/** iframe → host: one `callBridge(method, payload)` of `@forge/bridge` or `@forge/jira-bridge`. */
export interface BridgeCall {
  readonly protocol: typeof PROTOCOL;
  readonly kind: 'call';
  readonly id: number;
  readonly method: string;
  readonly payload: unknown;
}

/** host → iframe: the answer to a `BridgeCall`, or iframe → host: the answer to a `HostRequest`. */
export interface Reply {
  readonly protocol: typeof PROTOCOL;
  readonly kind: 'reply';
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

/** What the host tells the iframe to apply when theming is on (see theme-state.ts). */
export interface ThemeMessage {
  readonly colorMode: 'light' | 'dark';
  /** The value of `<html data-theme>`, as `@atlaskit/tokens` writes it. */
  readonly dataTheme: string;
  /** The `@atlaskit/tokens` theme ids whose CSS must be loaded. */
  readonly themeIds: readonly string[];
  /** Where the CSS of theme id `x` is served: `${cssBase}x.css`. */
  readonly cssBase: string;
}

/** host → iframe: run a function kept in the iframe (with arguments, e.g. an event's payload), or apply a theme. */
export type HostRequest =
  | {
      readonly protocol: typeof PROTOCOL;
      readonly kind: 'request';
      readonly id: number;
      readonly method: 'runFunction';
      readonly ref: FunctionRef;
      readonly args?: readonly unknown[];
    }
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'request'; readonly id: number; readonly method: 'applyTheme'; readonly theme: ThemeMessage };

/** iframe → host: something happened that needs no answer. */
export type ShimEvent =
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'event'; readonly name: 'resize'; readonly height: number }
  | { readonly protocol: typeof PROTOCOL; readonly kind: 'event'; readonly name: 'csp-violation'; readonly directive: string; readonly blockedURI: string };

/** The host's answer to `events.on`: the shim turns it into the app's `Subscription`. */
export interface SubscriptionReply {
  readonly subscriptionId: number;
}

export type Message = BridgeCall | Reply | HostRequest | ShimEvent;

export function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null && (data as { protocol?: unknown }).protocol === PROTOCOL;
}

export function isFunctionRef(value: unknown): value is FunctionRef {
  return typeof value === 'object' && value !== null && typeof (value as FunctionRef).__sandboxFunction === 'number';
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
