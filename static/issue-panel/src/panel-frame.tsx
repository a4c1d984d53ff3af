import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

/** The panel's root: the surface colour, the body font, and `aria-busy` while a call is in flight. */
export function PanelFrame({ children, testId, busy = false }: { children: ReactNode; testId?: string; busy?: boolean }) {
  return (
    <main
      data-testid={testId}
      aria-busy={busy}
      style={{
        background: token('elevation.surface'),
        color: token('color.text'),
        font: token('font.body'),
        padding: `${token('space.100')} ${token('space.050')}`,
      }}
    >
      {children}
    </main>
  );
}
