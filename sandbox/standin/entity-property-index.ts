/**
 * Issue entity properties Jira indexes for JQL, as an app's `jira:entityProperty` modules declare
 * them: each value is found by its `searchAlias` or by `issue.property[key].path`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type IndexedType = 'string' | 'text' | 'number' | 'date' | 'user';
export interface IndexedValue {
  propertyKey: string;
  path: string;
  type: IndexedType;
  searchAlias?: string;
}

const TYPES: readonly IndexedType[] = ['string', 'text', 'number', 'date', 'user'];
const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The issue values every `jira:entityProperty` module of a parsed manifest indexes. */
export function indexedValuesOf(manifest: unknown): IndexedValue[] {
  const modules = asObject(asObject(manifest)['modules'])['jira:entityProperty'];
  return (Array.isArray(modules) ? modules : []).flatMap((raw) => {
    const module = asObject(raw);
    const propertyKey = module['propertyKey'];
    if (typeof propertyKey !== 'string' || (module['entityType'] ?? 'issue') !== 'issue') return [];
    const values = Array.isArray(module['values']) ? module['values'] : [];
    return values.flatMap((v): IndexedValue[] => {
      const { path, type, searchAlias } = asObject(v);
      if (typeof path !== 'string' || !TYPES.includes(type as IndexedType)) return [];
      return [{ propertyKey, path, type: type as IndexedType, ...(typeof searchAlias === 'string' ? { searchAlias } : {}) }];
    });
  });
}

export const indexedValuesFromFile = (manifestPath: string): IndexedValue[] => indexedValuesOf(parse(readFileSync(manifestPath, 'utf8')));

const PROPERTY_FIELD = /^issue\.property\[(['"]?)([^\]'"]+)\1\]\.(.+)$/i;

/** The indexed value a JQL field name means (alias or `issue.property[key].path`), case-insensitively. */
export function indexedValueNamed(values: readonly IndexedValue[], field: string): IndexedValue | undefined {
  const byPath = PROPERTY_FIELD.exec(field);
  if (byPath) return values.find((v) => v.propertyKey.toLowerCase() === byPath[2]?.toLowerCase() && v.path.toLowerCase() === byPath[3]?.toLowerCase());
  return values.find((v) => v.searchAlias?.toLowerCase() === field.toLowerCase());
}

/** The value(s) at `path` of the item's property: an array gives each element, an absent path none. */
export function indexedValuesIn(properties: Record<string, unknown>, value: IndexedValue): Array<string | number> {
  let at: unknown = Object.hasOwn(properties, value.propertyKey) ? properties[value.propertyKey] : undefined;
  for (const part of value.path.split('.')) at = Object.hasOwn(asObject(at), part) ? asObject(at)[part] : undefined;
  const list = Array.isArray(at) ? at : at === undefined || at === null ? [] : [at];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
}
