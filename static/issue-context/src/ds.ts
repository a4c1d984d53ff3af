/**
 * The design tokens this screen uses, as the CSS variables `token()` of `@atlaskit/tokens` returns
 * for them (test/issue-context/ds-tokens.test.ts checks each against it). Written out so the
 * bundle does not carry the whole token table; `view.theme.enable()` supplies the values for
 * light and dark.
 */
export const ds = {
  surface: 'var(--ds-surface)',
  text: 'var(--ds-text)',
  textSubtle: 'var(--ds-text-subtle)',
  textDanger: 'var(--ds-text-danger)',
  textSuccess: 'var(--ds-text-success)',
  backgroundSuccess: 'var(--ds-background-success)',
  backgroundDanger: 'var(--ds-background-danger)',
  backgroundNeutral: 'var(--ds-background-neutral)',
  border: 'var(--ds-border)',
  radiusSmall: 'var(--ds-radius-small)',
  space050: 'var(--ds-space-050)',
  space100: 'var(--ds-space-100)',
  space150: 'var(--ds-space-150)',
  space200: 'var(--ds-space-200)',
  fontBody: 'var(--ds-font-body)',
  fontBodySmall: 'var(--ds-font-body-small)',
  fontHeadingXsmall: 'var(--ds-font-heading-xsmall)',
  fontWeightBold: 'var(--ds-font-weight-bold)',
} as const;
