/**
 * A stand-in for the Forge storage service behind `@forge/kvs`: the real `KvsImpl` (request
 * builders, entity and transaction APIs) runs on it, so the Forge adapter is tested through the
 * package as deployed. Transactions are all-or-nothing; a condition on an attribute of a key that
 * holds nothing is false, except NOT_EXISTS, which is true (as in the store Forge's
 * transactions are modelled on; Forge's docs do not say).
 */
type Clause = { property: string; condition: string; values: unknown[] };
type Conditions = { and?: Clause[]; or?: Clause[] } | undefined;
interface Op {
  key: string;
  value?: unknown;
  entityName?: string;
  conditions?: Conditions;
}

export class ConditionFailed extends Error {
  readonly code = 'CONDITIONAL_CHECK_FAILED';
}

export function fakeForgeStorageApi() {
  const kvs = new Map<string, string>();
  const entities = new Map<string, string>();
  const slot = (op: Op) => (op.entityName ? entities : kvs);
  const id = (op: Op) => (op.entityName ? `${op.entityName}/${op.key}` : op.key);
  const read = (op: Op) => {
    const raw = slot(op).get(id(op));
    return raw === undefined ? undefined : (JSON.parse(raw) as Record<string, unknown>);
  };
  const holds = (clause: Clause, item: Record<string, unknown> | undefined) => {
    const value = item?.[clause.property];
    if (clause.condition === 'NOT_EXISTS') return value === undefined;
    if (clause.condition === 'EXISTS') return value !== undefined;
    if (clause.condition === 'EQUAL_TO') return value !== undefined && value === clause.values[0];
    throw new Error(`fake storage: condition ${clause.condition} not modelled`);
  };
  const passes = (op: Op) => {
    if (!op.conditions) return true;
    const item = read(op);
    if (op.conditions.and) return op.conditions.and.every((c) => holds(c, item));
    return (op.conditions.or ?? []).some((c) => holds(c, item));
  };
  const api = {
    failNextTransact: undefined as Error | undefined,
    transactions: 0,
    get: async ({ key }: { key: string }) => read({ key }),
    getEntity: async ({ key, entityName }: { key: string; entityName: string }) => read({ key, entityName }),
    set: async ({ key, value }: Op) => void kvs.set(key, JSON.stringify(value)),
    setEntity: async ({ key, value, entityName }: Op) => void entities.set(`${entityName}/${key}`, JSON.stringify(value)),
    delete: async ({ key }: { key: string }) => void kvs.delete(key),
    deleteEntity: async ({ key, entityName }: Op) => void entities.delete(`${entityName}/${key}`),
    batchGets: 0,
    /** Forge's batch read: at most 25 distinct keys; a key holding nothing is reported failed with KEY_NOT_FOUND (the docs do not say which). */
    batchGet: async (items: Op[]) => {
      api.batchGets += 1;
      if (items.length === 0 || items.length > 25) throw new Error(`fake storage: a batch holds 1 to 25 keys, not ${items.length}`);
      if (new Set(items.map(id)).size !== items.length) throw new Error('fake storage: a key is asked twice in one batch');
      const found = items.map((op) => ({ op, value: read(op) }));
      return {
        successfulKeys: found
          .filter((f) => f.value !== undefined)
          .map(({ op, value }) => ({ key: op.key, ...(op.entityName ? { entityName: op.entityName } : {}), value })),
        failedKeys: found.filter((f) => f.value === undefined).map(({ op }) => ({ key: op.key, error: { code: 'KEY_NOT_FOUND', message: 'not found' } })),
      };
    },
    transact: async (request: { set?: Op[]; delete?: Op[]; check?: Op[] }) => {
      api.transactions += 1;
      if (api.failNextTransact) {
        const error = api.failNextTransact;
        api.failNextTransact = undefined;
        throw error;
      }
      const all = [...(request.set ?? []), ...(request.delete ?? []), ...(request.check ?? [])];
      if (new Set(all.map(id)).size !== all.length) throw new Error('fake storage: a key is used twice in one transaction');
      if (!all.every(passes)) throw new ConditionFailed('Transaction cancelled: a condition was not met');
      for (const op of request.set ?? []) slot(op).set(id(op), JSON.stringify(op.value));
      for (const op of request.delete ?? []) slot(op).delete(id(op));
    },
    /** Test helpers: what the service holds. */
    legacy: kvs,
    entities,
  };
  return api;
}
