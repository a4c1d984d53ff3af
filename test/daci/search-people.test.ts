import { fakeConfluenceSite, PEOPLE } from './support/fake-confluence';
import { cqlString } from '../../src/confluence/search-users';

describe('searchPeople', () => {
  it('finds people by name, asked as the caller', async () => {
    const site = fakeConfluenceSite();
    expect(await site.call('searchPeople', 'priya', { payload: { query: 'al' }, context: { accountId: PEOPLE.priya.accountId } })).toEqual({
      ok: true,
      data: { people: [PEOPLE.alex] },
    });
    expect(site.userRequests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/wiki/rest/api/search/user', query: { cql: 'user.fullname~"al"', limit: '10' } }),
    ]);
    expect(site.asApp.requests).toHaveLength(0);
  });

  it('quotes typed text so it cannot change the query', () => {
    expect(cqlString('a" OR user.accountid="x\\')).toBe('"a\\" OR user.accountid=\\"x\\\\"');
  });

  it('needs a signed-in caller and something typed', async () => {
    const site = fakeConfluenceSite();
    expect(await site.call('searchPeople', 'priya', { payload: { query: 'al' }, context: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await site.call('searchPeople', 'priya', { payload: { query: '  ' }, context: { accountId: 'acc-priya' } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'query', message: 'type part of a name' }] },
    });
  });
});
