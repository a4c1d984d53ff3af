import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLocales, copyLocales } from '../../scripts/custom-ui/locales-bundle';

const MANIFEST = `modules:
  jira:issuePanel:
    - key: panel
      title:
        i18n: panel.title
      resource: main
translations:
  resources:
    - key: en-US
      path: locales/en-US.json
    - key: de-DE
      path: locales/de-DE.json
  fallback:
    default: en-US
`;

/** An app folder with the manifest above and the two translation files given. */
function app(english: object, german: object): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-locales-'));
  mkdirSync(join(root, 'locales'));
  writeFileSync(join(root, 'manifest.yml'), MANIFEST);
  writeFileSync(join(root, 'locales', 'en-US.json'), JSON.stringify(english));
  writeFileSync(join(root, 'locales', 'de-DE.json'), JSON.stringify(german));
  return root;
}

describe("the __LOCALES__ bundle (the Forge CLI's own i18n bundling)", () => {
  it("holds each language's file and i18n-info.json with the manifest's keys per locale, copied beside a screen", async () => {
    const root = app({ panel: { title: 'Shipshape' }, screen: 'Text' }, { panel: { title: 'Shipshape (de)' } });
    try {
      const out = join(root, 'build');
      copyLocales(await bundleLocales(root), out);
      const info = JSON.parse(readFileSync(join(out, '__LOCALES__', 'i18n-info.json'), 'utf8'));
      expect(info.translations).toEqual({ 'panel.title': { 'en-US': 'Shipshape', 'de-DE': 'Shipshape (de)' } });
      expect(info.config).toEqual({ locales: ['de-DE', 'en-US'], fallback: { default: 'en-US' } });
      expect(JSON.parse(readFileSync(join(out, '__LOCALES__', 'en-US.json'), 'utf8'))).toEqual({ panel: { title: 'Shipshape' }, screen: 'Text' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails, as a deploy does, when the default language lacks a key the manifest names', async () => {
    const root = app({ other: 'x' }, { panel: { title: 'Shipshape (de)' } });
    try {
      await expect(bundleLocales(root)).rejects.toThrow("Default locale 'en-US' is missing translations");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
