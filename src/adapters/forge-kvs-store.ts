import { kvs } from '@forge/kvs';
import type { KeyValueStore } from '../ports/key-value-store';

export const forgeKvsStore: KeyValueStore = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
};
