/** The Forge wiring of the dynamicProperties function: the viewer's permission asked asUser(), the item read asApp(). */
jest.mock('@forge/api', () => {
  const userRequestJira = jest.fn();
  const appRequestJira = jest.fn();
  const asUser = jest.fn(() => ({ requestJira: userRequestJira }));
  const asApp = jest.fn(() => ({ requestJira: appRequestJira }));
  return {
    __esModule: true,
    default: { asApp, asUser },
    asApp,
    asUser,
    assumeTrustedRoute: (path: string) => path,
    // Forge's runtime i18n API serves the manifest's translation files.
    i18n: {
      getTranslations: async (locale: string) => ({ locale, translations: jest.requireActual(`../../locales/${locale}.json`) }),
    },
    __user: userRequestJira,
    __app: appRequestJira,
  };
});
jest.mock('@forge/kvs', () => {
  const { KvsImpl } = jest.requireActual('@forge/kvs/out/kvs');
  return { ...jest.requireActual('@forge/kvs'), kvs: new KvsImpl(jest.requireActual('../support/fake-forge-storage-api').fakeForgeStorageApi()) };
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueContextStatus } from '../../src/index';

const forge = jest.requireMock('@forge/api') as { __user: jest.Mock; __app: jest.Mock };
const issue = readFileSync(join(__dirname, '../fixtures/jira/issue-story-failing.json'), 'utf8');
const answer = (text: string) => ({ status: 200, headers: new Headers({ 'Content-Type': 'application/json' }), text: async () => text });
const payload = {
  cloudId: 'c',
  extension: {
    type: 'jira:issueContext',
    issue: { id: '10140', key: 'ABC-140', type: 'Story', typeId: '10001' },
    project: { id: '10000', key: 'ABC', type: 'software' },
  },
};

const asViewer = (locale: string | null) => (path: string) =>
  Promise.resolve(
    path.startsWith('/rest/api/3/myself')
      ? answer(JSON.stringify({ accountId: '5b10a2844c20165700ede21g', locale }))
      : answer('{"permissions":{"BROWSE_PROJECTS":{"havePermission":true}}}'),
  );

describe('index.issueContextStatus (Forge)', () => {
  beforeEach(() => jest.clearAllMocks());

  it('asks Jira as the viewer whether they may browse the item (and their language), then reads it as the app', async () => {
    forge.__user.mockImplementation(asViewer('en_US'));
    forge.__app.mockResolvedValue(answer(issue));
    const status = await issueContextStatus(payload, { principal: { accountId: '5b10a2844c20165700ede21g' } });
    expect(status).toEqual({ status: { type: 'lozenge', value: { label: 'Ready for QA 1/7', type: 'inprogress' } } });
    expect(forge.__user.mock.calls.map(([path]) => path).sort()).toEqual([
      '/rest/api/3/mypermissions?issueId=10140&permissions=BROWSE_PROJECTS',
      '/rest/api/3/myself',
    ]);
    expect(forge.__app.mock.calls.map(([path]) => String(path).split('?')[0])).toEqual(['/rest/api/3/issue/10140']);
  });

  it("speaks the viewer's Jira language, and English when Jira hides it", async () => {
    forge.__app.mockResolvedValue(
      answer(JSON.stringify({ ...JSON.parse(issue), fields: { ...JSON.parse(issue).fields, project: { id: '10001', key: 'ABC' } } })),
    );
    forge.__user.mockImplementation(asViewer('de_DE'));
    expect(await issueContextStatus(payload, { principal: { accountId: '5b10a2844c20165700ede21g' } })).toEqual({
      status: { type: 'lozenge', value: { label: 'Nicht verfügbar', type: 'default' } },
    });
    forge.__user.mockImplementation(asViewer(null));
    expect(await issueContextStatus(payload, { principal: { accountId: '5b10a2844c20165700ede21g' } })).toEqual({
      status: { type: 'lozenge', value: { label: 'Unavailable', type: 'default' } },
    });
  });
});
