import type { Problem } from '../problems';
import { formatPath } from '../problems';

/**
 * Ids must be unique among gates and among a gate's criteria. Checked on the raw input (not as
 * a schema refinement) so duplicates are listed together with every other problem in one pass.
 */
export function duplicateIdProblems(items: unknown, basePath: PropertyKey[], what: string): Problem[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push({ path: formatPath([...basePath, index, 'id']), message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
  return problems;
}

export function gateDuplicateProblems(gate: unknown, basePath: PropertyKey[]): Problem[] {
  return duplicateIdProblems((gate as { criteria?: unknown } | null)?.criteria, [...basePath, 'criteria'], 'criterion');
}

export function fileDuplicateProblems(file: unknown): Problem[] {
  const gates = (file as { gates?: unknown } | null)?.gates;
  const gateLevel = duplicateIdProblems(gates, ['gates'], 'gate');
  const criterionLevel = Array.isArray(gates) ? gates.flatMap((gate, i) => gateDuplicateProblems(gate, ['gates', i])) : [];
  return [...gateLevel, ...criterionLevel];
}
