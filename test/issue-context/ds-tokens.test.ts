import { token } from '@atlaskit/tokens';
import { ds } from '../../static/issue-context/src/ds';

/** Each entry's token name. */
const DS_TOKEN_NAMES: Record<keyof typeof ds, string> = {
  surface: 'elevation.surface',
  text: 'color.text',
  textSubtle: 'color.text.subtle',
  textDanger: 'color.text.danger',
  textSuccess: 'color.text.success',
  backgroundSuccess: 'color.background.success',
  backgroundDanger: 'color.background.danger',
  backgroundNeutral: 'color.background.neutral',
  border: 'color.border',
  radiusSmall: 'radius.small',
  space050: 'space.050',
  space100: 'space.100',
  space150: 'space.150',
  space200: 'space.200',
  fontBody: 'font.body',
  fontBodySmall: 'font.body.small',
  fontHeadingXsmall: 'font.heading.xsmall',
  fontWeightBold: 'font.weight.bold',
};

describe('the issue context screen’s design tokens', () => {
  it('names every entry', () => {
    expect(Object.keys(DS_TOKEN_NAMES).sort()).toEqual(Object.keys(ds).sort());
  });

  it.each(Object.entries(DS_TOKEN_NAMES))('%s is the CSS variable token(%j) gives', (key, name) => {
    const css = token(name as Parameters<typeof token>[0]);
    expect(css).not.toContain('token-not-found');
    expect(ds[key as keyof typeof ds]).toBe(css);
  });
});
