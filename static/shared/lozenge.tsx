import type { ReactNode } from 'react';
import './lozenge.css';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'moved' | 'inprogress';

/**
 * Atlaskit's lozenge look, from design tokens (lozenge.css): a styled span. `@atlaskit/lozenge`
 * 17 also bundles its feature-flagged dropdown lozenge (popup, badge, motion): measured, it adds
 * 38.3 KB gzip to the panel's first load, a quarter of the 150 KB budget, for a coloured label.
 */
export function Lozenge({ appearance = 'default', isBold, children }: { appearance?: LozengeAppearance; isBold?: boolean; children: ReactNode }) {
  return (
    <span className="ss-lozenge" data-appearance={appearance} data-bold={isBold ? '' : undefined}>
      {children}
    </span>
  );
}
