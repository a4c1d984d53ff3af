import { formatPath, type Problem, problem } from '../problems';

/**
 * Ids must be unique among gates and among a gate's criteria. Checked on the raw input (not as
 * a schema refinement) so duplicates are listed together with every other problem in one pass.
 */
export function duplicateIdProblems(items: unknown, basePath: PropertyKey[]): Problem[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push(problem(formatPath([...basePath, index, 'id']), 'problems.duplicateId', { id }));
    seen.add(id);
  });
  return problems;
}

export function gateDuplicateProblems(gate: unknown, basePath: PropertyKey[]): Problem[] {
  return duplicateIdProblems((gate as { criteria?: unknown } | null)?.criteria, [...basePath, 'criteria']);
}

export function fileDuplicateProblems(file: unknown): Problem[] {
  const gates = (file as { gates?: unknown } | null)?.gates;
  const gateLevel = duplicateIdProblems(gates, ['gates']);
  const criterionLevel = Array.isArray(gates) ? gates.flatMap((gate, i) => gateDuplicateProblems(gate, ['gates', i])) : [];
  return [...gateLevel, ...criterionLevel];
}
