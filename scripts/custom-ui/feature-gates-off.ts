/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` in Custom UI bundles (see
 * lighter-imports.ts). Atlaskit components ask `@atlaskit/platform-feature-flags` for their
 * flags; with no product resolver set (a Forge iframe has none) it asks `FeatureGates.checkGate`,
 * whose Statsig client nobody in the iframe ever initialises, so the real one answers `false`
 * for every gate (after a console warning) unless the `__CRITERION__` override is present. This
 * answers the same without bundling ~120 KB of Statsig.
 */
type CriterionWindow = { __CRITERION__?: { getFeatureFlagOverride?: (name: string) => boolean | undefined } };

export function checkGate(gateName: string): boolean {
  try {
    const override = typeof window === 'undefined' ? undefined : (window as unknown as CriterionWindow).__CRITERION__?.getFeatureFlagOverride?.(gateName);
    if (override !== undefined) return override;
  } catch {
    // The real client ignores a broken override too.
  }
  return false;
}

const FeatureGates = { checkGate };
export default FeatureGates;
