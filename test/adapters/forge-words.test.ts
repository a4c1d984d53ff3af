/** The backend's words on Forge's runtime i18n API: the deploy's resources, English for what a language lacks. */
jest.mock('@forge/api', () => ({ __esModule: true, i18n: { getTranslations: jest.fn() } }));

import { forgeWords } from '../../src/adapters/forge-words';

const getTranslations = (jest.requireMock('@forge/api') as { i18n: { getTranslations: jest.Mock } }).i18n.getTranslations;
const RESOURCES: Record<string, unknown> = {
  'en-US': { gate: { subtasks: { none: 'No sub-tasks', hint: 'Finish or close the open sub-tasks, then try again.' } } },
  'de-DE': { gate: { subtasks: { none: 'Keine Unteraufgaben' } } },
};

beforeEach(() => {
  getTranslations.mockReset();
  getTranslations.mockImplementation(async (locale: string) => ({ locale, translations: RESOURCES[locale] ?? null }));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('forgeWords', () => {
  it("asks Forge for the person's language as the manifest names it, and for English beside it", async () => {
    const say = await forgeWords('de_DE');
    expect(say.locale).toBe('de-DE');
    expect(say('gate.subtasks.none')).toBe('Keine Unteraufgaben');
    expect(say('gate.subtasks.hint')).toBe('Finish or close the open sub-tasks, then try again.');
    expect(getTranslations.mock.calls.map(([locale]) => locale).sort()).toEqual(['de-DE', 'en-US']);
  });

  it('speaks English for a language the app lacks, asking once', async () => {
    expect((await forgeWords('fr-FR'))('gate.subtasks.none')).toBe('No sub-tasks');
    expect(getTranslations.mock.calls.map(([locale]) => locale)).toEqual(['en-US']);
  });

  it('shows the keys, and logs why, when no resource can be read', async () => {
    getTranslations.mockRejectedValue(new Error('no __LOCALES__ folder'));
    const say = await forgeWords('de-DE');
    expect(say('gate.subtasks.none')).toBe('gate.subtasks.none');
    expect(console.error).toHaveBeenCalled();
  });
});
