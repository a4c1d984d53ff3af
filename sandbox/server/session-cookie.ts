import type { IncomingMessage } from 'node:http';
import { DEMO_USERS, findUserByAccountId, type DemoUser } from '../standin/demo-users';

export const USER_COOKIE = 'sandbox-user';

/** The demo person the browser chose (cookie `sandbox-user`); the engineer when none is chosen yet. */
export function currentUser(req: IncomingMessage): DemoUser {
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('='));
  const chosen = cookies.find(([name]) => name === USER_COOKIE)?.[1];
  return (chosen && findUserByAccountId(decodeURIComponent(chosen))) || DEMO_USERS[0]!;
}

export function userCookie(accountId: string): string {
  return `${USER_COOKIE}=${encodeURIComponent(accountId)}; Path=/; SameSite=Lax`;
}

export const LOCALE_COOKIE = 'sandbox-locale';
/** The languages the sandbox can switch to: the app's translations. */
export const SANDBOX_LOCALES = ['en-US', 'de-DE'] as const;

/** The language the browser chose for the sandbox (cookie `sandbox-locale`): Forge's `locale` in every context. */
export function currentLocale(req: IncomingMessage): string {
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('='));
  const chosen = decodeURIComponent(cookies.find(([name]) => name === LOCALE_COOKIE)?.[1] ?? '');
  return (SANDBOX_LOCALES as readonly string[]).includes(chosen) ? chosen : 'en-US';
}
