import * as z from 'zod';
import type { Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import type { DaciDeps } from './daci-deps';
import { macroPlacementOf } from './macro-context';
import { readTable } from './read-table';
import type { TableData } from './table-data';
import { sayFor } from '../resolvers/resolver-deps';

const getTablePayload = z.strictObject({});

/** `getTable`: everything the macro renders, in one call. The table itself comes from the macro's saved config in the Forge context. */
export async function getTable(deps: DaciDeps, request: ResolverRequest): Promise<Envelope<TableData>> {
  const say = await sayFor(deps, request);
  const placement = macroPlacementOf(request.context, say);
  if (!placement.ok) return placement;
  const payload = parsePayload(getTablePayload, request.payload, say);
  if (!payload.ok) return payload;
  return readTable(deps, placement.placement, say);
}
