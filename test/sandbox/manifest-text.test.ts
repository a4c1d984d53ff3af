import { join } from 'node:path';
import { manifestText } from '../../sandbox/host/manifest-text';

const MANIFEST = join(__dirname, '..', '..', 'manifest.yml');

describe("the sandbox's manifest texts (module titles as Jira shows them)", () => {
  it('keeps a plain string, and reads an i18n key in the person’s locale', () => {
    expect(manifestText(MANIFEST, 'Shipshape', 'de-DE')).toBe('Shipshape');
    expect(manifestText(MANIFEST, { i18n: 'manifest.settings.title' }, 'en-US')).toBe('Shipshape gates');
    expect(manifestText(MANIFEST, { i18n: 'manifest.settings.title' }, 'de-DE')).toBe('Shipshape-Gates');
  });

  it("falls back to the manifest's default locale, and shows a key no file has", () => {
    expect(manifestText(MANIFEST, { i18n: 'manifest.daci.title' }, 'fr-FR')).toBe('DACI decisions');
    expect(manifestText(MANIFEST, { i18n: 'manifest.nothing' }, 'de-DE')).toBe('manifest.nothing');
    expect(manifestText(MANIFEST, undefined, 'de-DE')).toBeUndefined();
  });
});
