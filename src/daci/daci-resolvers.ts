import Resolver from '@forge/resolver';
import { failure, type Envelope } from '../resolvers/envelope';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { DaciDeps } from './daci-deps';
import { getTable } from './get-table';
import { signOff } from './sign-off-decision';
import { searchPeople } from './search-people';

/** Resolver name → function, for the DACI macro. */
export const DACI_RESOLVERS = { getTable, signOff, searchPeople } as const;

async function guarded<T>(name: string, run: () => Promise<Envelope<T>>): Promise<Envelope<T>> {
  try {
    return await run();
  } catch (error) {
    console.error(`shipshape: DACI resolver ${name} failed`, error);
    return failure('INTERNAL', 'Shipshape hit an unexpected problem. Reload the page to see what was saved, then try again.');
  }
}

/** The `@forge/resolver` definitions of the DACI macro, on the given ports. */
export function daciResolvers(deps: DaciDeps) {
  const resolver = new Resolver();
  for (const [name, run] of Object.entries(DACI_RESOLVERS) as Array<[string, (d: DaciDeps, r: ResolverRequest) => Promise<Envelope<unknown>>]>) {
    resolver.define(name, (request: ResolverRequest) => guarded(name, () => run(deps, request)));
  }
  return resolver.getDefinitions();
}
