import { callResolver } from '../../../shared/call-resolver';
import type { Envelope } from '../../../../src/resolvers/envelope';

export type { Envelope, ResolverError } from '../../../../src/resolvers/envelope';

/** Calls one resolver of `config-resolver` (the settings page, the admin page and the rule screens). */
export const call = <T>(name: string, payload: Record<string, unknown> = {}): Promise<Envelope<T>> => callResolver<T>('page', name, payload);
