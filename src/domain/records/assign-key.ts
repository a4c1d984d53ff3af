/** Sets a key, dropping it when `value` is undefined (no empty objects are left behind). */
export function assign<O extends object, K extends keyof O>(object: O, key: K, value: O[K] | undefined): O {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
