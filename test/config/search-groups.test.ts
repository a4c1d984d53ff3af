import { CONFIG_CAST, configSite, dataOf } from './support/config-site';

const ADMIN_PAGE = { extension: { type: 'jira:adminPage' } };

describe('searchGroups', () => {
  it('on a project settings page: asks Jira, as the caller, for Administer Projects and then the matching groups', async () => {
    const site = configSite();
    expect(dataOf(await site.call('searchGroups', 'pat', { query: 'qa' }))).toEqual({ groups: ['qa'] });
    expect(site.userRequests.map((r) => [r.path, r.query])).toEqual([
      ['/rest/api/3/mypermissions', { projectKey: 'ABC', permissions: 'ADMINISTER_PROJECTS,ADMINISTER' }],
      ['/rest/api/3/groups/picker', { query: 'qa', maxResults: '20' }],
    ]);
  });

  it('on the Jira admin page (no project): a Jira admin may search', async () => {
    const site = configSite();
    expect(dataOf(await site.call('searchGroups', 'alex', { query: 'release' }, ADMIN_PAGE))).toEqual({ groups: ['release-managers'] });
    expect(site.userRequests.map((r) => r.query?.['permissions'] ?? r.path)).toEqual(['ADMINISTER', '/rest/api/3/groups/picker']);
  });

  it('on the Jira admin page: a project admin who is not a Jira admin is refused before any search', async () => {
    const site = configSite();
    const refused = await site.call('searchGroups', 'pat', { query: 'qa' }, ADMIN_PAGE);
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('Jira admin') } });
    expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
  });

  it('a query longer than 100 characters is refused by path', async () => {
    const site = configSite();
    const long = await site.call('searchGroups', 'alex', { query: 'q'.repeat(101) }, ADMIN_PAGE);
    expect(long.ok ? 'ok' : long.error.problems?.map((p) => p.path)).toEqual(['query']);
    expect(site.userRequests).toEqual([]);
  });
});

describe('searchPeople', () => {
  it('asks Jira as the caller for people whose names match, leaving out apps', async () => {
    const site = configSite();
    expect(dataOf(await site.call('searchPeople', 'pat', { query: 'a' }))).toEqual({
      people: [{ accountId: CONFIG_CAST.alex.accountId, displayName: 'Alex' }],
    });
    expect(site.userRequests.map((r) => [r.path, r.query?.['query']])).toEqual([
      ['/rest/api/3/mypermissions', undefined],
      ['/rest/api/3/user/search', 'a'],
    ]);
  });

  it('answers nothing typed without asking Jira for people; a non-admin is refused first', async () => {
    const site = configSite();
    expect(dataOf(await site.call('searchPeople', 'pat', { query: '  ' }))).toEqual({ people: [] });
    expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
    const refused = await site.call('searchPeople', 'emma', { query: 'a' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });
});

describe('the pickers’ work types', () => {
  it('a project page offers the project’s work types; the admin page every work type on the site, each name once', async () => {
    const site = configSite();
    const project = dataOf(await site.call<{ catalogs: { workTypes: string[] } }>('getConfig', 'pat'));
    expect(project.catalogs.workTypes).toEqual(['Bug', 'Story']);
    const admin = dataOf(await site.call<{ catalogs: { workTypes: string[] } }>('getSiteTemplates', 'alex', {}, ADMIN_PAGE));
    expect(admin.catalogs.workTypes).toEqual(['Bug', 'Epic', 'Story']);
  });
});
