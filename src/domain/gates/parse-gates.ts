import { gateSchema, gatesFileSchema, type Gate, type GatesFile } from './gate-schema';
import { fileDuplicateProblems, gateDuplicateProblems } from './duplicate-ids';
import type { z } from 'zod';
import { type Parsed, type Problem, problem, problemsFromZod } from '../problems';

function combine<T>(result: z.ZodSafeParseResult<T>, duplicates: Problem[]): Parsed<T> {
  const problems = [...(result.success ? [] : problemsFromZod(result.error)), ...duplicates];
  return result.success && problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

export function parseGatesFile(input: unknown): Parsed<GatesFile> {
  return combine(gatesFileSchema.safeParse(input), fileDuplicateProblems(input));
}

export function parseGate(input: unknown): Parsed<Gate> {
  return combine(gateSchema.safeParse(input), gateDuplicateProblems(input, []));
}

/** Parses JSON text first so that a syntax error is reported the same way as a schema problem. */
export function parseGatesFileText(text: string): Parsed<GatesFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('(root)', 'problems.notJson', { detail: (error as Error).message })] };
  }
  return parseGatesFile(json);
}
