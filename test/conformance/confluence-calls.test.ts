import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { impersonatedScopes, scopeNames } from '../../scripts/deploy/manifest-scopes';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkCall } from '../support/openapi-contract';
import { validateAgainstSchema } from '../support/openapi-contract';
import { CONFLUENCE_OPERATIONS, CONFLUENCE_V1_SCOPES } from '../../src/confluence/confluence-operations';
import { DACI_RESOLVERS } from '../../src/daci/daci-resolvers';
import { exportTable } from '../../src/daci/export-table';
import { fakeConfluenceSite, LOCAL_ID, PEOPLE } from '../daci/support/fake-confluence';
import { decision, table } from '../daci/support/decisions';
import type { ConfluenceRequest } from '../../src/ports/confluence-client';

const root = resolve(__dirname, '../..');
const manifestDeclared: unknown = (parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { permissions: { scopes: unknown } }).permissions.scopes;
const manifestScopes: string[] = scopeNames(manifestDeclared);
const isV1 = (id: string) => id in CONFLUENCE_V1_SCOPES;
const V2_OPERATIONS = Object.entries(CONFLUENCE_OPERATIONS).filter(([id]) => !isV1(id));
const V1_OPERATIONS = Object.entries(CONFLUENCE_OPERATIONS).filter(([id]) => isV1(id));
const templates = V2_OPERATIONS.map(([, op]) => op.template.replace('/wiki/api/v2', ''));

/**
 * v1 operations are not in ../shared/contracts (v2 only): each is held to its documented shape
 * (https://developer.atlassian.com/cloud/confluence/rest/v1/api-group-search/#api-wiki-rest-api-search-user-get).
 */
const V1_DOCUMENTED: Record<string, { method: string; path: string; required: string[]; optional: string[] }> = {
  searchUsers: { method: 'GET', path: '/wiki/rest/api/search/user', required: ['cql'], optional: ['start', 'limit', 'expand', 'sitePermissionTypeFilter'] },
};

const scopesOf = (op: (typeof CONFLUENCE_OPERATIONS)[keyof typeof CONFLUENCE_OPERATIONS]) => {
  const check = checkCall('confluence', { method: op.method, path: op.template, query: Object.fromEntries(op.query.map((q) => [q, 'x'])) });
  if (!check.ok) throw new Error(`${op.method} ${op.template}: ${check.problems.join('; ')}`);
  return check.scopes;
};

/** Every request sent, with its body checked against the spec's request schema where it has one. */
function expectConformant(sent: ConfluenceRequest[]) {
  for (const { method, path, query, body } of sent) {
    const v1 = Object.values(V1_DOCUMENTED).find((d) => d.path === path);
    if (v1) {
      expect(method).toBe(v1.method);
      expect(v1.required.every((q) => q in (query ?? {}))).toBe(true);
      expect(Object.keys(query ?? {}).filter((q) => ![...v1.required, ...v1.optional].includes(q))).toEqual([]);
      continue;
    }
    const check = checkCall('confluence', { method, path, query: query ?? {} });
    expect({ method, path, check }).toEqual({ method, path, check: expect.objectContaining({ ok: true, scopeSource: 'current' }) });
    if (check.ok) expect(templates).toContain(check.template);
    if (path === '/wiki/api/v2/users-bulk') {
      const ids = (body as { accountIds: string[] }).accountIds;
      expect(ids.length).toBeGreaterThanOrEqual(1);
      expect(ids.length).toBeLessThanOrEqual(250);
      expect(Object.keys(body as object)).toEqual(['accountIds']);
    }
  }
}

describe('every Confluence operation the app declares', () => {
  it.each(V1_OPERATIONS)('%s (REST v1, outside the v2 spec) matches its documented shape and scope', (id, op) => {
    const documented = V1_DOCUMENTED[id];
    expect(documented).toBeDefined();
    expect({ method: op.method, template: op.template }).toEqual({ method: documented?.method, template: documented?.path });
    expect(op.query.every((q) => [...(documented?.required ?? []), ...(documented?.optional ?? [])].includes(q))).toBe(true);
    expect(manifestScopes).toContain(CONFLUENCE_V1_SCOPES[id as keyof typeof CONFLUENCE_V1_SCOPES]);
    expect(checkCall('confluence', { method: op.method, path: op.template })).toMatchObject({ ok: false });
  });

  it.each(V2_OPERATIONS)('%s exists in the Confluence v2 spec with the query parameters it uses', (_id, op) => {
    expect(checkCall('confluence', { method: op.method, path: op.template, query: Object.fromEntries(op.query.map((q) => [q, 'x'])) })).toMatchObject({
      ok: true,
      scopeSource: 'current',
    });
  });

  it('the manifest declares exactly the Confluence scopes these operations need, and only write:page:confluence to write', () => {
    const needed = new Set([...V2_OPERATIONS.flatMap(([, op]) => scopesOf(op)), ...Object.values(CONFLUENCE_V1_SCOPES)]);
    expect(manifestScopes.filter((s) => s.endsWith(':confluence')).sort()).toEqual([...needed].sort());
    expect([...needed].sort()).toEqual(['read:content-details:confluence', 'read:page:confluence', 'read:user:confluence', 'write:page:confluence']);
  });

  it.each(V2_OPERATIONS)('the manifest declares the Current scopes of %s', (_id, op) => {
    expect(manifestScopes).toEqual(expect.arrayContaining(scopesOf(op)));
  });

  it("lets the validator's calls as the person moving an item (and only those) impersonate that person offline", () => {
    const impersonating = (['getPages', 'createBulkUserLookup'] as const).flatMap((id) => scopesOf(CONFLUENCE_OPERATIONS[id]));
    expect(impersonatedScopes(manifestDeclared).sort()).toEqual([...new Set(impersonating)].sort());
  });
});

describe('the requests the DACI macro really sends', () => {
  const t = table(decision('a'), decision('b', { approver: PEOPLE.quinn.accountId }));
  const calls: Array<[keyof typeof DACI_RESOLVERS, 'alex' | 'emma', Record<string, unknown>]> = [
    ['getTable', 'emma', {}],
    ['signOff', 'alex', { decisionId: 'a', outcome: 'approved', comment: 'Yes', fingerprint: decisionFingerprint(decision('a')), pageVersion: 5 }],
    ['searchPeople', 'emma', { query: 'Pri"ya' }],
    ['checkWorkItems', 'emma', { keys: ['ABC-2', 'ABC-999'] }],
    ['getRegister', 'emma', { sort: 'approver' }],
  ];

  it('covers every resolver', () => {
    expect(calls.map(([name]) => name).sort()).toEqual(Object.keys(DACI_RESOLVERS).sort());
  });

  it.each(calls)('%s as %s conforms to the spec; only the page read is made as the user', async (name, who, payload) => {
    const site = fakeConfluenceSite();
    expect(await site.call(name, who, { payload, context: site.context(who, t) })).toMatchObject({ ok: true });
    expectConformant([...site.userRequests, ...site.asApp.requests]);
    expect(site.userRequests.every((r) => r.method === 'GET' && (r.path.startsWith('/wiki/api/v2/pages') || r.path === '/wiki/rest/api/search/user'))).toBe(
      true,
    );
  });

  it("the Approver's approve-and-mark-decided sends a conforming page update, as the Approver", async () => {
    const site = fakeConfluenceSite();
    site.saveOnPage(t);
    const payload = {
      decisionId: 'a',
      outcome: 'approved',
      comment: '',
      fingerprint: decisionFingerprint(decision('a')),
      pageVersion: 5,
      decide: { outcome: 'Vault' },
    };
    expect(await site.call('signOff', 'alex', { payload, context: site.context('alex', t) })).toMatchObject({ ok: true });
    expect(site.puts).toHaveLength(1);
    expectConformant([...site.userRequests, ...site.asApp.requests]);
    expect(validateAgainstSchema('confluence', 'PageBodyWrite', (site.puts[0]?.body as { body: unknown }).body)).toEqual({ ok: true });
  });

  it('the export function conforms too, and splits more than 250 people into several look-ups', async () => {
    const site = fakeConfluenceSite();
    const many = table(...Array.from({ length: 10 }, (_, i) => decision(`d${i}`, { informed: Array.from({ length: 50 }, (_, j) => `acc-${i}-${j}`) })));
    await exportTable(site.depsFor('alex'), { exportType: 'pdf', context: { localId: LOCAL_ID, extension: site.context('alex', many).extension } });
    expect(site.asApp.requests).toHaveLength(3);
    expectConformant(site.asApp.requests);
  });

  it('the fake Confluence answers as the spec says', () => {
    expect(
      validateAgainstSchema('confluence', 'User', {
        accountId: 'acc-alex',
        displayName: 'Alex Admin',
        accountType: 'atlassian',
        profilePicture: { path: '/wiki/aa-avatar/acc-alex', isDefault: false },
      }),
    ).toEqual({ ok: true });
  });
});

describe('Confluence calls go only through the declared operations', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  const app = sources(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('only the Forge Confluence adapter calls requestConfluence', () => {
    expect(app.filter((f) => /requestConfluence\s*\(/.test(f.text)).map((f) => f.path)).toEqual(['src/adapters/forge-confluence-client.ts']);
  });

  it('no source file but the operation registry spells a Confluence REST path', () => {
    expect(app.filter((f) => /['"`]\/wiki\/(api|rest)\//.test(f.text)).map((f) => f.path)).toEqual(['src/confluence/confluence-operations.ts']);
  });
});
