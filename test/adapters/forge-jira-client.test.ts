jest.mock('@forge/api', () => {
  const requestJira = jest.fn();
  const asApp = jest.fn(() => ({ requestJira }));
  const asUser = jest.fn(() => {
    throw new Error('the validator must call Jira as the app');
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

import { forgeJiraClient } from '../../src/adapters/forge-jira-client';

const forge = jest.requireMock('@forge/api') as { asApp: jest.Mock; __requestJira: jest.Mock };

function forgeResponse(status: number, text: string, headers: Record<string, string> = {}) {
  return { status, ok: status < 300, statusText: '', headers: new Headers(headers), text: async () => text, json: async () => JSON.parse(text) };
}

beforeEach(() => {
  forge.__requestJira.mockReset();
  forge.asApp.mockClear();
});

describe('forgeJiraClient', () => {
  it('calls requestJira as the app with the path and query as a trusted route', async () => {
    forge.__requestJira.mockResolvedValue(forgeResponse(200, '{"id":"10123","key":"ABC-1","fields":{}}'));
    const response = await forgeJiraClient({ method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fields: 'issuetype,labels', expand: 'names' } });
    expect(forge.asApp).toHaveBeenCalledTimes(1);
    expect(forge.__requestJira).toHaveBeenCalledTimes(1);
    expect(forge.__requestJira).toHaveBeenCalledWith(
      { trustedRoute: '/rest/api/3/issue/ABC-1?fields=issuetype%2Clabels&expand=names' },
      { method: 'GET', headers: { Accept: 'application/json' } },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: '10123', key: 'ABC-1', fields: {} });
  });

  it('sends a JSON body and the abort signal', async () => {
    forge.__requestJira.mockResolvedValue(forgeResponse(204, ''));
    const controller = new AbortController();
    const response = await forgeJiraClient({ method: 'POST', path: '/rest/api/3/x', body: { ok: true }, signal: controller.signal });
    expect(forge.__requestJira).toHaveBeenCalledWith(
      { trustedRoute: '/rest/api/3/x' },
      { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: '{"ok":true}', signal: controller.signal },
    );
    expect(response.body).toBeUndefined();
  });

  it('maps the status, a text body and headers', async () => {
    forge.__requestJira.mockResolvedValue(forgeResponse(503, 'upstream unavailable', { 'Retry-After': '3' }));
    const response = await forgeJiraClient({ method: 'GET', path: '/p' });
    expect(response.status).toBe(503);
    expect(response.body).toBe('upstream unavailable');
    expect(response.header('retry-after')).toBe('3');
    expect(response.header('x-nothing')).toBeUndefined();
  });

  it('lets a failed request reject', async () => {
    forge.__requestJira.mockRejectedValue(new Error('FetchError: socket hang up'));
    await expect(forgeJiraClient({ method: 'GET', path: '/p' })).rejects.toThrow('socket hang up');
  });
});
