/** The resolver's types, shared with the backend (type-only: nothing server-side is bundled). */
export type { RegisterData, RegisterRowData } from '../../../src/register/register-data';
export type { RegisterQueryInput, RegisterSortKey } from '../../../src/domain/decisions/register/register-query';
export type { Envelope } from '../../../src/resolvers/envelope';
