/**
 * The context Forge gives a Custom UI app (`view.getContext()`) and its resolvers
 * (`req.context`). The platform part (who, which site, which environment) comes from the
 * sandbox server; the product part (`extension`: the work item, the workflow rule, the page)
 * from the page that embeds the app.
 */

/** What the platform knows: never taken from the browser. */
export interface PlatformContext {
  accountId?: string;
  cloudId: string;
  siteUrl: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  locale: string;
  timezone: string;
  moduleKey: string;
  localId: string;
  [key: string]: unknown;
}

/** What the embedding page adds: the extension point's data, and a `localId` for macros. */
export interface ForgeContextExtras {
  extension: Record<string, unknown> & { type: string };
  localId?: string;
  [key: string]: unknown;
}

/** The whole of `view.getContext()`. */
export type ForgeContext = PlatformContext & ForgeContextExtras & { theme?: { colorMode: 'light' | 'dark' } };

/** Fixed identities of the sandbox's one site and one development environment. */
export const SANDBOX_PLATFORM = {
  cloudId: '6f1f0a4e-2b7d-4c39-9a8e-5d3c1b2a4f60',
  siteUrl: 'http://localhost:8080',
  environmentId: 'b7e3c1d2-5a4f-4e6b-8c9d-0a1b2c3d4e5f',
  appId: '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42',
} as const;

/** Forge's `localId` for a module that is not a macro (macros get one per placement). */
export function moduleLocalId(appId: string, environmentId: string, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/${moduleKey}`;
}
