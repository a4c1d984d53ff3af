import { type Problem, problem } from '../problems';

/** Each decision id appears once: sign-offs are keyed by it. Reads the raw input, so it works on invalid tables too. */
export function duplicateDecisionIdProblems(input: unknown): Problem[] {
  const decisions = (input as { decisions?: unknown } | null)?.decisions;
  if (!Array.isArray(decisions)) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  decisions.forEach((decision, index) => {
    const id = (decision as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.push(problem(`decisions[${index}].id`, 'problems.duplicateId', { id }));
  });
  return problems;
}
