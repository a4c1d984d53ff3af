// Problems with an input: their shape and words (problem.ts), and zod's issues as problems.
export * from './problem';
export { problemsFromZod } from './zod-problems';
