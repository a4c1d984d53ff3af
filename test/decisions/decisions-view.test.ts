import { decisionsView } from '../../src/resolvers/decisions-view';
import type { IssueResolverDeps } from '../../src/resolvers/resolver-deps';
import type { LinkedDecisions } from '../../src/domain/decisions/linked-decisions';
import { memoryStore } from '../../src/adapters/memory-store';
import { jiraResponse, recordingJira } from '../support/fakes';

type Linked = Extract<LinkedDecisions, { state: 'read' }>['decisions'][number];
const linked = (pageId: string, id: string): Linked => ({
  localId: 't',
  id,
  title: `Decision ${id}`,
  status: 'in-progress',
  approver: 'acc-priya',
  driver: 'acc-alex',
  signOff: 'none',
  pageId,
  pageTitle: `Indexed title of ${pageId}`,
});

const VISIBLE = new Set(['100', '200']);
const confluence = recordingJira((request) => {
  const id = /\/pages\/(\d+)$/.exec(request.path)?.[1] ?? '';
  if (!VISIBLE.has(id)) return jiraResponse(404, { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found' }] });
  return jiraResponse(200, {
    id,
    title: `Spec ${id}`,
    version: { number: 3 },
    _links: { webui: `/spaces/PROD/pages/${id}`, base: 'https://acme.atlassian.net/wiki' },
  });
});
const deps = (withConfluence = true): IssueResolverDeps => ({
  jiraAsApp: recordingJira(() => jiraResponse(500)),
  jiraAsUser: recordingJira(() => jiraResponse(500)),
  ...(withConfluence ? { confluenceAsUser: confluence } : {}),
  store: memoryStore(),
  clock: { now: () => 0, sleep: async () => undefined },
  retry: { attempts: 1, budgetMs: 1000, attemptTimeoutMs: 1000, backoffMs: 0 },
});

describe('the decisions the panel lists', () => {
  it('shows decisions on pages the viewer may view, with the page as Confluence names it and its link; counts the rest', async () => {
    const view = await decisionsView(deps(), {
      state: 'read',
      decisions: [linked('100', 'a'), linked('300', 'b'), linked('200', 'c'), linked('100', 'd')],
      omitted: 2,
    });
    expect(view?.shown.map((d) => [d.id, d.pageTitle, d.pageUrl])).toEqual([
      ['a', 'Spec 100', 'https://acme.atlassian.net/wiki/spaces/PROD/pages/100'],
      ['c', 'Spec 200', 'https://acme.atlassian.net/wiki/spaces/PROD/pages/200'],
      ['d', 'Spec 100', 'https://acme.atlassian.net/wiki/spaces/PROD/pages/100'],
    ]);
    expect(view).toMatchObject({ state: 'read', hidden: 1, omitted: 2 });
    // One question per page, not per decision.
    expect(confluence.requests.filter((r) => r.path.endsWith('/pages/100'))).toHaveLength(1);
  });

  it('shows nothing it could not check, and says when the index cannot be read', async () => {
    expect(await decisionsView(deps(false), { state: 'read', decisions: [linked('100', 'a')], omitted: 0 })).toMatchObject({ shown: [], hidden: 1 });
    expect(await decisionsView(deps(), { state: 'unreadable' })).toEqual({ state: 'unreadable', shown: [], hidden: 0, omitted: 0 });
    expect(await decisionsView(deps(), undefined)).toBeUndefined();
  });
});
