import { callResolver } from '../../shared/call-resolver';
import type { Envelope } from './types';

const TABLE = { name: 'the table', retry: 'Reload the page and try again.' };

/** Calls one of the DACI macro's resolvers. */
export const call = <T>(name: 'getTable' | 'signOff' | 'searchPeople', payload: Record<string, unknown> = {}): Promise<Envelope<T>> =>
  callResolver<T>(TABLE, name, payload);
