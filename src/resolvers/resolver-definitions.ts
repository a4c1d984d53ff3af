import Resolver from '@forge/resolver';
import { failure, type Envelope } from './envelope';
import type { ResolverRequest } from './resolver-request';
import type { Clock } from '../ports/clock';
import { forInvocation, type RetryPolicy } from '../jira/retry-policy';
import { StorageLimitError } from '../ports/key-value-store';

export type NamedResolver<D> = (deps: D, request: ResolverRequest) => Promise<Envelope<unknown>>;

/** Never throws to the frontend: an unexpected failure is INTERNAL, and nothing half-done is reported as saved. */
async function guarded(label: string, run: () => Promise<Envelope<unknown>>): Promise<Envelope<unknown>> {
  try {
    return await run();
  } catch (error) {
    // A store refusing a value over Forge's limits wrote nothing (a commit is all or none).
    if (error instanceof StorageLimitError) return failure('TOO_LARGE', `Nothing was saved: ${error.message}.`);
    console.error(`shipshape: ${label} failed`, error);
    return failure('INTERNAL', 'Shipshape hit an unexpected problem. Reload to see what was saved, then try again.');
  }
}

/** The `@forge/resolver` definitions of one function: each named resolver on the given ports, guarded, with one deadline per invocation. */
export function resolverDefinitions<D extends { clock: Clock; retry: RetryPolicy }>(
  what: string,
  resolvers: Readonly<Record<string, NamedResolver<D>>>,
  deps: D,
) {
  const resolver = new Resolver();
  for (const [name, run] of Object.entries(resolvers)) {
    resolver.define(name, (request: ResolverRequest) => guarded(`${what} ${name}`, () => run(forInvocation(deps), request)));
  }
  return resolver.getDefinitions();
}
