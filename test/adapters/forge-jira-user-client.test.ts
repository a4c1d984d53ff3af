jest.mock('@forge/api', () => {
  const requestJira = jest.fn();
  const asUser = jest.fn(() => ({ requestJira }));
  const asApp = jest.fn(() => {
    throw new Error('the user-scoped client must call Jira as the user');
  });
  return {
    __esModule: true,
    default: { asApp, asUser },
    asApp,
    asUser,
    assumeTrustedRoute: (path: string) => ({ trustedRoute: path }),
    __requestJira: requestJira,
  };
});

import { forgeJiraUserClient } from '../../src/adapters/forge-jira-user-client';

const forge = jest.requireMock('@forge/api') as { asUser: jest.Mock; __requestJira: jest.Mock };

describe('forgeJiraUserClient', () => {
  it('calls requestJira as the invoking user, asking asUser() afresh on every call (it is bound to the invocation)', async () => {
    forge.__requestJira.mockResolvedValue({ status: 200, headers: new Headers(), text: async () => '{"permissions":{}}' });
    const query = { issueId: '10123', permissions: 'BROWSE_PROJECTS,EDIT_ISSUES' };
    const first = await forgeJiraUserClient({ method: 'GET', path: '/rest/api/3/mypermissions', query });
    await forgeJiraUserClient({ method: 'GET', path: '/rest/api/3/mypermissions', query });
    expect(forge.asUser).toHaveBeenCalledTimes(2);
    expect(forge.asUser).toHaveBeenCalledWith();
    expect(forge.__requestJira).toHaveBeenCalledWith(
      { trustedRoute: '/rest/api/3/mypermissions?issueId=10123&permissions=BROWSE_PROJECTS%2CEDIT_ISSUES' },
      { method: 'GET', headers: { Accept: 'application/json' } },
    );
    expect(first).toMatchObject({ status: 200, body: { permissions: {} } });
  });
});
