/**
 * Three substitutions every Custom UI build makes, so screens fit their budgets without changing
 * what they do (tests: test/host/lighter-imports.test.ts, test/host/deferred-tooltip.browser.test.ts,
 * and the DACI macro's own browser suite):
 *
 * - `@atlaskit/feature-gate-js-client/feature-gates` → feature-gates-off.ts: the flags fall back
 *   to their defaults exactly as the uninitialised Statsig client makes them (-~35 KB gzip).
 *   Only `@atlaskit/platform-feature-flags` may import the client; any other importer (one that
 *   might initialise it) fails the build rather than silently getting the stand-in.
 * - `@atlaskit/tooltip/Tooltip` → deferred-tooltip.tsx: the real Tooltip, fetched in a lazy chunk
 *   on first render (-~38 KB gzip from the DACI macro's initial load).
 */
import type { Plugin } from 'esbuild';
import { join, sep } from 'node:path';

export const FEATURE_GATES_OFF = join(__dirname, 'feature-gates-off.ts');
export const DEFERRED_TOOLTIP = join(__dirname, 'deferred-tooltip.tsx');

export const PAGINATION_BUTTON = join(__dirname, 'pagination-button.tsx');

const PAGINATION_PACKAGE = `${sep}@atlaskit${sep}pagination${sep}`;
const FLAGS_PACKAGE = `${sep}@atlaskit${sep}platform-feature-flags${sep}`;

export function lighterImports(): Plugin {
  return {
    name: 'shipshape-lighter-imports',
    setup(build) {
      build.onResolve({ filter: /^@atlaskit\/feature-gate-js-client(\/|$)/ }, ({ path, importer }) => {
        if (path === '@atlaskit/feature-gate-js-client/feature-gates' && importer.includes(FLAGS_PACKAGE)) return { path: FEATURE_GATES_OFF };
        return {
          errors: [
            {
              text: `${importer} imports ${path}: Custom UI builds replace the feature-gate client with its defaults (scripts/custom-ui/lighter-imports.ts), which is only right while nothing but @atlaskit/platform-feature-flags uses it`,
            },
          ],
        };
      });
      build.onResolve({ filter: /^@atlaskit\/tooltip\/Tooltip$/ }, () => ({ path: DEFERRED_TOOLTIP }));
      build.onResolve({ filter: /^@atlaskit\/button\/standard-button$/ }, ({ importer }) =>
        importer.includes(PAGINATION_PACKAGE) ? { path: PAGINATION_BUTTON } : undefined,
      );
    },
  };
}
