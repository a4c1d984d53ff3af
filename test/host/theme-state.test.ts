/** The theme the host sends is what @atlaskit/tokens' own setGlobalTheme would apply. */
import { getThemeHtmlAttrs } from '@atlaskit/tokens/get-theme-html-attrs';
import { getThemePreferences } from '@atlaskit/tokens/get-theme-preferences';
import { themeCss } from '../../sandbox/host/theme-css';
import { themeMessage } from '../../sandbox/host/theme-state';

jest.mock('@atlaskit/platform-feature-flags/fg', () => ({ fg: () => false }));

describe.each(['light', 'dark'] as const)('themeMessage(%s)', (colorMode) => {
  const message = themeMessage(colorMode);

  it('sets the <html> attributes getThemeHtmlAttrs gives', () => {
    expect({ 'data-theme': message.dataTheme, 'data-color-mode': message.colorMode }).toEqual(getThemeHtmlAttrs({ colorMode, light: 'light', dark: 'dark' }));
  });

  it('loads the themes setGlobalTheme would load, all of which the sandbox can serve', () => {
    const preferences = getThemePreferences({
      colorMode,
      contrastMode: 'no-preference',
      light: 'light',
      dark: 'dark',
      shape: 'shape',
      spacing: 'spacing',
      typography: 'typography',
      motion: 'motion',
    });
    expect([...message.themeIds].sort()).toEqual([...preferences].sort());
    for (const id of message.themeIds) expect(themeCss(id)).toContain('--ds-');
  });
});
