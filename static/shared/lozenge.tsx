import type { ReactNode } from 'react';
import './lozenge.css';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'moved' | 'inprogress';

/**
 * Atlaskit's lozenge look, from design tokens (lozenge.css): a styled span, where
 * `@atlaskit/lozenge` renders several components with runtime styles for each one.
 */
export function Lozenge({ appearance = 'default', isBold, children }: { appearance?: LozengeAppearance; isBold?: boolean; children: ReactNode }) {
  return (
    <span className="ss-lozenge" data-appearance={appearance} data-bold={isBold ? '' : undefined}>
      {children}
    </span>
  );
}
