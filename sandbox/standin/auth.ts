/**
 * Who is calling the stand-in. Basic auth `email:sandbox` is a demo person and
 * `app@shipshape.sandbox:sandbox` is the app (Forge's asApp(): sees and may do everything in the
 * project). Without an Authorization header, the chrome's `sandbox-user` cookie (an accountId)
 * names the person, as a browser session would in Jira.
 */
import type { IncomingMessage } from 'node:http';
import { APP_EMAIL, SANDBOX_PASSWORD, findUserByAccountId, findUserByEmail, type DemoRights, type DemoUser } from './demo-users';

export type Caller = { kind: 'user'; user: DemoUser } | { kind: 'app' };
export type Right = keyof DemoRights;

const APP_RIGHTS: DemoRights = { browse: true, edit: true, transition: true, administerProject: true, jiraAdmin: false };

export function rightsOf(caller: Caller): DemoRights {
  return caller.kind === 'app' ? APP_RIGHTS : caller.user.rights;
}

export const can = (caller: Caller, right: Right): boolean => rightsOf(caller)[right];

/** Who caused a change, as an event names them (`selfGenerated` when the app did). */
export const causeOf = (caller: Caller): { accountId?: string; byApp: boolean } =>
  caller.kind === 'app' ? { byApp: true } : { accountId: caller.user.accountId, byApp: false };

function fromBasic(header: string): Caller | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const [email, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  if (password !== SANDBOX_PASSWORD) return undefined;
  if (email.trim().toLowerCase() === APP_EMAIL) return { kind: 'app' };
  const user = findUserByEmail(email);
  return user ? { kind: 'user', user } : undefined;
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The caller, or undefined when the credentials are missing or wrong (answered 401). */
export function authenticate(req: IncomingMessage): Caller | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) return fromBasic(header);
  const accountId = cookieValue(req, 'sandbox-user');
  const user = accountId === undefined ? undefined : findUserByAccountId(accountId);
  return user ? { kind: 'user', user } : undefined;
}
