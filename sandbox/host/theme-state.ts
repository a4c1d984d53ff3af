/**
 * The theme a Custom UI app gets after `view.theme.enable()`: the same `<html>` attributes and
 * theme CSS that `@atlaskit/tokens`' `setGlobalTheme({ colorMode, light: 'light', dark: 'dark' })`
 * produces (checked against `getThemeHtmlAttrs` in test/host/theme-state.test.ts), so `token()`
 * values resolve as they do inside Jira and Confluence.
 */
import type { ThemeMessage } from './bridge-protocol';

export type ColorMode = 'light' | 'dark';

/** Where the sandbox serves the CSS of each `@atlaskit/tokens` theme id. */
export const THEME_CSS_BASE = '/__sandbox/themes/';

export function themeMessage(colorMode: ColorMode, cssBase: string = THEME_CSS_BASE): ThemeMessage {
  return {
    colorMode,
    dataTheme: 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography',
    themeIds: [colorMode, 'shape', 'spacing', 'typography', 'motion'],
    cssBase,
  };
}
