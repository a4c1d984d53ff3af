import { checkWorkItems } from './check-work-items';
import { resolverDefinitions } from '../resolvers/resolver-definitions';
import type { DaciDeps } from './daci-deps';
import { getTable } from './get-table';
import { signOff } from './sign-off-decision';
import { searchPeople } from './search-people';
import { getRegister } from '../register/get-register';

/** Resolver name → function, for the DACI macro and the space's decision register. */
export const DACI_RESOLVERS = { getTable, signOff, searchPeople, checkWorkItems, getRegister } as const;

/** The `@forge/resolver` definitions of the DACI macro, on the given ports. */
export function daciResolvers(deps: DaciDeps) {
  return resolverDefinitions<DaciDeps>('DACI resolver', DACI_RESOLVERS, deps);
}
