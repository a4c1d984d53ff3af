import type { KeyValueStore } from '../src/ports/key-value-store';
import type { ConfluenceRequest } from '../src/ports/confluence-client';
import type { DaciTable, Decision } from '../src/domain/daci/daci-schema';
import { DACI_FORMAT } from '../src/domain/daci/daci-schema';
import { macroConfigOf } from '../src/domain/daci/macro-config';
import { indexPage } from '../src/decisions/index-page';

export const SPACE_ID = '98306';
export const APP_ID = '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42';
export const ITEMS = 800;
/** Approvers and Drivers of the space's decisions. */
export const PEOPLE = Array.from({ length: 40 }, (_, i) => `acc-person-${i}`);

export const pageIdOf = (p: number) => String(100_000 + p);
/** Decision d of page p links two of the 800 items, so every item is linked from several pages. */
export const linksOf = (p: number, perPage: number, d: number) => [
  ...new Set([`ABC-${((p * perPage + d) % ITEMS) + 1}`, `ABC-${((p * perPage + d * 7 + 3) % ITEMS) + 1}`]),
];

const STATUSES = ['not-started', 'in-progress', 'decided', 'deferred'] as const;
const IMPACTS = ['high', 'medium', 'low'] as const;

function decisionOf(p: number, perPage: number, d: number): Decision {
  const n = p * perPage + d;
  const status = STATUSES[n % 4]!;
  return {
    id: `d${d}`,
    title: `Page ${p}, decision ${d}: where do we keep the card tokens?`,
    status,
    impact: IMPACTS[n % 3]!,
    driver: PEOPLE[n % PEOPLE.length]!,
    approver: PEOPLE[(n * 7 + 1) % PEOPLE.length]!,
    contributors: [],
    informed: [],
    due: `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    outcome: status === 'decided' ? 'Vault' : '',
    background: '',
    options: [],
    jiraKeys: linksOf(p, perPage, d),
    actionItems: [],
  };
}

/** The DACI table on page p. */
export const tableOf = (p: number, perPage: number): DaciTable => ({
  format: DACI_FORMAT,
  title: `Decisions of spec ${p}`,
  decisions: Array.from({ length: perPage }, (_, d) => decisionOf(p, perPage, d)),
});

/** Page p of the space as Confluence's GET /pages/{id}?body-format=atlas_doc_format answers it. */
export function pageBody(p: number, perPage: number) {
  const table = tableOf(p, perPage);
  const extension = {
    type: 'extension',
    attrs: { extensionKey: `${APP_ID}/env/static/shipshape-daci`, localId: `t${p}`, parameters: { localId: `t${p}`, guestParams: macroConfigOf(table) } },
  };
  return {
    id: pageIdOf(p),
    title: `Spec ${p}`,
    spaceId: SPACE_ID,
    status: 'current',
    version: { number: 1 },
    body: { atlas_doc_format: { value: JSON.stringify({ type: 'doc', version: 1, content: [extension] }) } },
  };
}

const answer = (body: unknown) => ({ status: 200, header: () => undefined, body });
const quick = { clock: { now: () => Date.now(), sleep: async () => undefined }, retry: { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 0 } };

/** Indexes a space of `pages` pages with `perPage` decisions each, through the index's own path. */
export async function indexSpaceOfDecisions(store: KeyValueStore, pages: number, perPage: number): Promise<void> {
  const client = async (request: ConfluenceRequest) => answer(pageBody(Number(/\/pages\/(\d+)$/.exec(request.path)?.[1]) - 100_000, perPage));
  const deps = { confluence: { client, ...quick }, store, appId: APP_ID };
  for (let p = 0; p < pages; p += 1) {
    const outcome = await indexPage(deps, pageIdOf(p));
    if (!outcome.written) throw new Error(`page ${p} was not indexed (${outcome.reason})`);
  }
}

/**
 * Confluence as a person for the register: GET /pages?id=… answers the pages `canView` allows,
 * users-bulk names everyone. Every request is kept.
 */
export function registerConfluence(canView: (p: number) => boolean) {
  const requests: ConfluenceRequest[] = [];
  const client = async (request: ConfluenceRequest) => {
    requests.push(request);
    if (request.method === 'GET' && request.path === '/wiki/api/v2/pages') {
      const ids = (request.query?.id ?? '').split(',').filter((id) => canView(Number(id) - 100_000));
      return answer({
        results: ids.map((id) => ({
          id,
          title: `Spec ${Number(id) - 100_000}`,
          spaceId: SPACE_ID,
          status: 'current',
          _links: { webui: `/spaces/SPEC/pages/${id}` },
        })),
        _links: { base: 'https://example.atlassian.net/wiki' },
      });
    }
    if (request.method === 'POST' && request.path === '/wiki/api/v2/users-bulk') {
      const ids = (request.body as { accountIds: string[] }).accountIds;
      return answer({ results: ids.map((accountId) => ({ accountId, displayName: `Person ${accountId.slice(11)}`, accountType: 'atlassian' })) });
    }
    return { status: 404, header: () => undefined, body: { errors: [{ status: 404, title: `no ${request.method} ${request.path}` }] } };
  };
  return { client, requests, ...quick };
}
