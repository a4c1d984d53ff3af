import { memoryStore } from '../../../src/adapters/memory-store';
import type { ConfluenceRequest } from '../../../src/ports/confluence-client';
import type { DaciDeps } from '../../../src/daci/daci-deps';
import type { ResolverRequest } from '../../../src/resolvers/resolver-request';
import { bundledWords } from '../../../src/adapters/bundled-words';
import { cachedPeopleDirectory } from '../../../src/daci/people-directory';
import { RESOLVER_RETRY_POLICY } from '../../../src/jira/retry-policy';
import { macroConfigOf } from '../../../src/domain/daci/macro-config';
import type { DaciTable } from '../../../src/domain/daci/daci-schema';
import { DACI_RESOLVERS } from '../../../src/daci/daci-resolvers';
import { fakeClock, jiraResponse, recordingJira, type RecordingJira } from '../../support/fakes';

export const PEOPLE = {
  priya: { accountId: 'acc-priya', displayName: 'Priya PM' },
  alex: { accountId: 'acc-alex', displayName: 'Alex Admin' },
  emma: { accountId: 'acc-emma', displayName: 'Emma Engineer' },
  quinn: { accountId: 'acc-quinn', displayName: 'Quinn QA' },
  /** Cannot view the page. */
  victor: { accountId: 'acc-victor', displayName: 'Victor Viewer' },
} as const;
export type Who = keyof typeof PEOPLE;

export const PAGE_ID = '131073';
export const TEST_APP_ID = '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42';
export const LOCAL_ID = '5e1d7a52-1b0c-4f7e-9a63-0c2b1f0e9d11';

/**
 * A fake Confluence: the page (version `pageVersion`) visible to everyone but Victor, users-bulk
 * for the people above; every request recorded per client; the resolvers run as Forge runs them.
 */
export function fakeConfluenceSite(options: { pageVersion?: number } = {}) {
  const store = memoryStore();
  const clock = fakeClock(Date.UTC(2026, 10, 28, 10, 0, 0));
  let pageVersion = options.pageVersion ?? 5;
  let outage = false;
  /** What the next PUT of the page answers (200 saves it as the next version). */
  let putStatus = 200;
  const puts: ConfluenceRequest[] = [];
  /** The macro config saved in the page body (what a body-format=atlas_doc_format read finds). */
  let savedConfig: unknown;
  const answerAs = (who: Who | 'app') => (request: ConfluenceRequest) => {
    if (outage) return jiraResponse(503, { message: 'down' });
    if (request.method === 'GET' && request.path === `/wiki/api/v2/pages/${PAGE_ID}`) {
      if (who === 'victor') return jiraResponse(404, { errors: [{ status: 404, title: 'Not Found' }] });
      const page = { id: PAGE_ID, title: 'Checkout: saved cards — spec', spaceId: '98306', status: 'current', version: { number: pageVersion } };
      if (request.query?.['body-format'] !== 'atlas_doc_format') return jiraResponse(200, page);
      const extension = {
        type: 'extension',
        attrs: {
          extensionType: 'com.atlassian.ecosystem',
          extensionKey: `${TEST_APP_ID}/test-env/static/shipshape-daci`,
          localId: LOCAL_ID,
          parameters: { localId: LOCAL_ID, guestParams: savedConfig },
        },
      };
      const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Decisions' }] }, extension] };
      return jiraResponse(200, { ...page, body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(adf) } } });
    }
    if (request.method === 'PUT' && request.path === `/wiki/api/v2/pages/${PAGE_ID}` && who !== 'app') {
      puts.push(request);
      if (who === 'victor') return jiraResponse(404, { errors: [{ status: 404, title: 'Not Found' }] });
      if (putStatus !== 200) return jiraResponse(putStatus, { errors: [{ status: putStatus, title: 'Refused' }] });
      const sent = request.body as { version: { number: number }; body: { value: string } };
      if (sent.version.number !== pageVersion + 1) return jiraResponse(409, { errors: [{ status: 409, title: 'Version conflict' }] });
      pageVersion = sent.version.number;
      const placed = (JSON.parse(sent.body.value) as { content: Array<{ attrs?: { parameters?: { guestParams?: unknown } } }> }).content[1];
      savedConfig = placed?.attrs?.parameters?.guestParams;
      return jiraResponse(200, { id: PAGE_ID, title: 'Checkout: saved cards — spec', status: 'current', version: { number: pageVersion } });
    }
    if (request.method === 'GET' && request.path === '/wiki/api/v2/pages' && who !== 'app') {
      const ids = (request.query?.id ?? '').split(',');
      const seen = ids.includes(PAGE_ID) && who !== 'victor';
      const page = {
        id: PAGE_ID,
        title: 'Checkout: saved cards — spec',
        spaceId: '98306',
        status: 'current',
        _links: { webui: `/spaces/PROD/pages/${PAGE_ID}` },
      };
      return jiraResponse(200, { results: seen ? [page] : [], _links: { base: 'https://example.atlassian.net/wiki' } });
    }
    if (request.method === 'GET' && request.path === '/wiki/rest/api/search/user' && who !== 'app') {
      const typed = /^user\.fullname~"(.*)"$/.exec(request.query?.cql ?? '')?.[1]?.toLowerCase() ?? '';
      const found = Object.values(PEOPLE).filter((p) => p.displayName.toLowerCase().startsWith(typed));
      return jiraResponse(200, {
        results: found.map((p) => ({ user: { type: 'known', ...p, accountType: 'atlassian' }, title: p.displayName })),
        start: 0,
        limit: 10,
        size: found.length,
      });
    }
    if (request.method === 'POST' && request.path === '/wiki/api/v2/users-bulk' && who === 'app') {
      const ids = (request.body as { accountIds: string[] }).accountIds;
      return jiraResponse(200, {
        results: Object.values(PEOPLE)
          .filter((p) => ids.includes(p.accountId))
          .map((p) => ({ ...p, accountType: 'atlassian', profilePicture: { path: `/wiki/aa-avatar/${p.accountId}`, isDefault: false } })),
      });
    }
    return jiraResponse(404, { errors: [{ status: 404, title: `no ${request.method} ${request.path} as ${who}` }] });
  };
  const asApp = recordingJira(answerAs('app'));
  /** Jira as the person, for the settings' linked-item check: ABC-2 exists; Victor may see nothing. */
  const jiraAsUser = (who: Who) =>
    recordingJira((request) => {
      const keys = ((request.body as { issueIdsOrKeys?: string[] } | undefined)?.issueIdsOrKeys ?? []).filter((k) => k === 'ABC-2' && who !== 'victor');
      const issue = (key: string) => ({
        id: '10002',
        key,
        fields: { summary: 'Save cards', status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
      });
      return jiraResponse(200, { issues: keys.map(issue), issueErrors: [] });
    });
  const userRequests: ConfluenceRequest[] = [];
  const depsFor = (who: Who): DaciDeps => {
    const asUser = recordingJira(answerAs(who));
    return {
      confluenceAsApp: asApp,
      confluenceAsUser: Object.assign(
        async (r: ConfluenceRequest) => {
          userRequests.push(r);
          return asUser(r);
        },
        { requests: asUser.requests },
      ) as RecordingJira,
      store,
      clock,
      retry: { ...RESOLVER_RETRY_POLICY, attempts: 1 },
      people,
      jiraAsUser: jiraAsUser(who),
      appId: () => TEST_APP_ID,
      words: bundledWords,
    };
  };
  const people = cachedPeopleDirectory(clock);
  return {
    store,
    clock,
    asApp,
    userRequests,
    setPageVersion: (n: number) => {
      pageVersion = n;
    },
    setOutage: (down: boolean) => {
      outage = down;
    },
    /** The page updates sent (as a person), and what the next one is answered with. */
    puts,
    answerPutWith: (status: number) => {
      putStatus = status;
    },
    saveOnPage: (table: DaciTable) => {
      savedConfig = macroConfigOf(table);
    },
    context: (who: Who, table: DaciTable | Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
      accountId: PEOPLE[who].accountId,
      localId: LOCAL_ID,
      timezone: 'UTC',
      extension: {
        type: 'macro',
        content: { id: PAGE_ID, type: 'page' },
        space: { id: '98306', key: 'PROD' },
        isEditing: false,
        config: table === undefined ? undefined : 'format' in table ? macroConfigOf(table as DaciTable) : table,
        ...extra,
      },
    }),
    /** `locale`: the person's, as their screen sends it beside the payload. */
    call: <K extends keyof typeof DACI_RESOLVERS>(name: K, who: Who, request: { payload?: unknown; context: unknown; locale?: string }) =>
      (DACI_RESOLVERS[name] as (d: DaciDeps, r: ResolverRequest) => ReturnType<(typeof DACI_RESOLVERS)[K]>)(depsFor(who), {
        payload: request.payload ?? {},
        context: request.context,
        ...(request.locale ? { locale: request.locale } : {}),
      }),
    depsFor,
  };
}
