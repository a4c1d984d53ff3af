/**
 * The entry stored under `key`, own entries only. Keys come from users (gate, criterion,
 * decision, behaviour and person ids); `constructor` or `toString` is a valid id, which a plain
 * `map[key]` would resolve to a member of Object.prototype.
 */
export function ownEntry<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Stores `value` under `key` as an own entry: `map['__proto__'] = value` would replace the map's prototype instead. */
export function setOwnEntry<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
