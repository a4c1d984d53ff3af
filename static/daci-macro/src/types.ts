/** The resolvers' types, shared with the backend (type-only: nothing server-side is bundled). */
export type { DecisionChange, TableData, SignOffView } from '../../../src/daci/table-data';
export type { Envelope, ResolverError } from '../../../src/resolvers/envelope';
export type { ActionItem, DaciTable, Decision, DecisionOption, DecisionStatus, Impact } from '../../../src/domain/daci/daci-schema';
export type { Person } from '../../../src/confluence/get-users-bulk';
export type { FoundPerson } from '../../../src/confluence/search-users';
export type { Problem } from '../../../src/domain/problems';
