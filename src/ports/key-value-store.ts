/** The storage port: `@forge/kvs` in Forge, a map or a JSON file locally. Values are JSON. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}
