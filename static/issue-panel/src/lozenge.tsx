import type { ReactNode } from 'react';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'moved' | 'inprogress';

/** Atlaskit's lozenge look, from design tokens (see panel.css). */
export function Lozenge({ appearance = 'default', isBold, children }: { appearance?: LozengeAppearance; isBold?: boolean; children: ReactNode }) {
  return (
    <span className="ss-lozenge" data-appearance={appearance} data-bold={isBold ? '' : undefined}>
      {children}
    </span>
  );
}
