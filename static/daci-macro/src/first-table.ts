import { call } from './call';
import type { TableData } from './types';

/**
 * The view's one backend call, sent when this module is evaluated. The entry imports it first,
 * so the request is on its way while React and Atlaskit's modules are still being evaluated.
 */
export const firstTable = call<TableData>('getTable');
