import type { z } from 'zod';

/** One thing wrong with an input, located by a path such as `gates[0].criteria[2].kind`. */
export interface Problem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Whether an invalid_type issue is about a missing value. Zod 4 puts `input` on an issue only
 * when parsing with `reportInput`; without it, its default message still says what it received.
 */
function isMissingValue(issue: z.core.$ZodIssue): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** Zod issues as problems a person can act on: one per unknown key, "required" for missing values. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown property' }));
    }
    if (issue.code === 'invalid_type' && isMissingValue(issue)) {
      return [{ path: formatPath(issue.path), message: `required (expected ${issue.expected})` }];
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

export function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
