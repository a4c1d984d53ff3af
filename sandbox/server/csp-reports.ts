/**
 * `POST /__sandbox/csp-report`: the browser's reports of Content-Security-Policy violations in
 * app frames (the `report-uri` of the policy @forge/csp computes). Each is printed, since Forge
 * would block the same thing, and kept for tests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CSP_REPORT_PATH } from '../host/content-security-policy';

export interface CspReport {
  documentUri: string;
  violatedDirective: string;
  blockedUri: string;
}

const MAX_REPORT_BYTES = 64 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_REPORT_BYTES) break;
  }
  return body;
}

export function cspReportRoute(reports: CspReport[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://sandbox').pathname !== CSP_REPORT_PATH) return false;
    if (req.method === 'POST') {
      try {
        const report = (JSON.parse(await readBody(req)) as { 'csp-report'?: Record<string, string> })['csp-report'] ?? {};
        const entry = {
          documentUri: report['document-uri'] ?? '',
          violatedDirective: report['violated-directive'] ?? '',
          blockedUri: report['blocked-uri'] ?? '',
        };
        reports.push(entry);
        console.warn(
          `[sandbox] Content-Security-Policy violation (Forge blocks this too): ${entry.violatedDirective} blocked ${entry.blockedUri || 'inline code'} in ${entry.documentUri}`,
        );
      } catch {
        // A report we cannot read is not worth failing the page for.
      }
    }
    res.writeHead(204);
    res.end();
    return true;
  };
}
