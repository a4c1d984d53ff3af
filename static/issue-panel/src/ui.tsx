/** Small building blocks styled with design tokens only, so light and dark both work. */
import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export const gap = {
  xs: token('space.050'),
  s: token('space.100'),
  m: token('space.150'),
  l: token('space.200'),
  xl: token('space.300'),
} as const;

export const subtle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export function Meta({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div style={{ ...subtle, marginTop: gap.xs }} data-testid={testId}>
      {children}
    </div>
  );
}

export function Row({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: gap.s, ...style }}>{children}</div>;
}

export const fieldStyle: CSSProperties = {
  boxSizing: 'border-box',
  width: '100%',
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: `${gap.s} ${gap.s}`,
};

export const labelStyle: CSSProperties = { display: 'block', font: token('font.heading.xxsmall'), color: token('color.text.subtle'), marginBottom: gap.xs };

export const cardStyle: CSSProperties = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: gap.l,
  background: token('elevation.surface'),
};

export const listReset: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

/** A visually hidden text for screen readers. */
export function ScreenReaderOnly({ children }: { children: ReactNode }) {
  return (
    <span
      style={{ position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {children}
    </span>
  );
}
