import { callResolver } from '../../shared/call-resolver';
import type { Envelope } from './types';

/** Calls one of the DACI macro's resolvers. */
export const call = <T>(name: 'getTable' | 'signOff' | 'searchPeople' | 'checkWorkItems', payload: Record<string, unknown> = {}): Promise<Envelope<T>> =>
  callResolver<T>('table', name, payload);
