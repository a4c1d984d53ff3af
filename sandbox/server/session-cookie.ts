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
