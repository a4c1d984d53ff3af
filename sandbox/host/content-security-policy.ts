/**
 * The Content-Security-Policy the sandbox sends with a Custom UI page: the one Forge's own
 * `@forge/csp` computes for the page's HTML and the manifest's `permissions` (the same
 * CSPProcessingService + CSPInjectionService pair `forge tunnel` uses), for Atlassian's
 * production environment, with the sandbox's origin as the site and its own report endpoint.
 * So an app that runs here without a violation runs under Forge's policy; one that needs inline
 * styles (CSS-in-JS) must declare them in `permissions.content`, as on Forge.
 */
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio/slim';

/** Where the sandbox collects the browser's CSP violation reports (see csp-reports.ts). */
export const CSP_REPORT_PATH = '/__sandbox/csp-report';

const processing = new CSPProcessingService({ info: () => undefined }, load);
const injection = new CSPInjectionService();

/** The header value for `html` served from `origin` (e.g. `http://127.0.0.1:8080`). */
export function contentSecurityPolicy(html: string, permissions: Permissions | undefined, origin: string): string {
  const existingCSPDetails = processing.getCspDetails(html, permissions ?? {});
  return injection
    .getInjectableCSP({ existingCSPDetails, microsEnv: 'prod', hostname: origin, tunnelCSPReporterUri: `${origin}${CSP_REPORT_PATH}` })
    .join('; ');
}
