/** A tiny router: `{name}` segments of a path template become decoded params. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from './auth';
import type { StandInState } from './standin-state';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: URLSearchParams;
  caller: Caller;
  /** `http://host:port` of the request, for `self` links. */
  base: string;
  state: StandInState;
}

export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
export interface Route {
  method: Method;
  template: string;
  handler: (ctx: RouteContext) => Promise<void> | void;
}

export const route = (method: Method, template: string, handler: Route['handler']): Route => ({ method, template, handler });

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== actual) return undefined;
      continue;
    }
    if (actual === '') return undefined;
    try {
      params[name] = decodeURIComponent(actual);
    } catch {
      return undefined;
    }
  }
  return params;
}

export type RouteMatch = { route: Route; params: Record<string, string> } | { allowed: Method[] } | undefined;

/** The route for `method path`, the methods the path allows when none matches the method, or undefined. */
export function findRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const onPath = routes.map((r) => ({ route: r, params: matchTemplate(r.template, path) })).filter((m) => m.params !== undefined);
  const hit = onPath.find((m) => m.route.method === method);
  if (hit?.params) return { route: hit.route, params: hit.params };
  return onPath.length > 0 ? { allowed: onPath.map((m) => m.route.method) } : undefined;
}
