import type { KeyValueStore } from '../ports/key-value-store';

/** A store in memory. Values are copied in and out so callers cannot mutate what is stored. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { snapshot(): Record<string, unknown> } {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    get: async (key) => {
      const raw = data.get(key);
      return raw === undefined ? undefined : JSON.parse(raw);
    },
    set: async (key, value) => void data.set(key, JSON.stringify(value)),
    delete: async (key) => void data.delete(key),
    snapshot: () => Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)])),
  };
}
