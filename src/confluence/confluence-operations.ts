/**
 * Every Confluence REST operation the app calls, under /wiki/api/v2 as the v2 OpenAPI spec names
 * them. The conformance test checks each against ../shared/contracts and derives the scopes the
 * manifest must declare.
 */
export const CONFLUENCE_OPERATIONS = {
  /**
   * Called as the user: whether the person may view the page, and its current version. Called as
   * the app with `body-format=atlas_doc_format` by the export, when Forge's payload lacks the macro's config.
   */
  getPageById: { method: 'GET', template: '/wiki/api/v2/pages/{id}', query: ['body-format'] },
  /**
   * Called as the user by the decision register, with up to 250 page ids: Confluence answers only
   * the pages that person may view, so the register lists decisions from those pages alone.
   */
  getPages: { method: 'GET', template: '/wiki/api/v2/pages', query: ['id', 'limit'] },
  /**
   * Called as the user, only when a decision's Approver approves an open decision and marks it
   * decided: the page's new version, with that one macro's config changed (Confluence checks the
   * person may edit the page, and refuses a version that is not the next one).
   */
  updatePage: { method: 'PUT', template: '/wiki/api/v2/pages/{id}', query: [] },
  /** Called as the app: display names and avatars of the people a decision table names, up to 250 per call. */
  createBulkUserLookup: { method: 'POST', template: '/wiki/api/v2/users-bulk', query: [] },
  /**
   * Called as the user: people whose name starts with what was typed, for the config's user
   * pickers. Confluence v2 has no user search, so this one is v1 (`GET /wiki/rest/api/search/user`,
   * Current scope `read:content-details:confluence` in Atlassian's v1 spec); it is outside
   * ../shared/contracts: scripts/deploy/contracts holds its transcription for the scope linter,
   * and the conformance test checks it against its documented shape.
   */
  searchUsers: { method: 'GET', template: '/wiki/rest/api/search/user', query: ['cql', 'limit'] },
} as const;

/** Operations of the v1 REST API (not in the v2 spec), with the scope their documentation names. */
export const CONFLUENCE_V1_SCOPES: Readonly<Partial<Record<keyof typeof CONFLUENCE_OPERATIONS, string>>> = { searchUsers: 'read:content-details:confluence' };

export type ConfluenceOperationId = keyof typeof CONFLUENCE_OPERATIONS;

/** Expands an operation's path template, encoding every parameter value. */
export function confluencePath(operation: ConfluenceOperationId, params: Record<string, string> = {}): string {
  return CONFLUENCE_OPERATIONS[operation].template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`confluencePath: missing path parameter "${name}" for ${operation}`);
    return encodeURIComponent(value);
  });
}
