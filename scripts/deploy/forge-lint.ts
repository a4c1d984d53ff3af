/**
 * `forge lint`'s client-side linters (`@forge/lint`, the same set `forge deploy` runs first),
 * offline: the permission linter reads the OpenAPI specs from local files instead of
 * developer.atlassian.com. Reports how many files the linters really parsed, so a walk that
 * finds nothing cannot pass.
 */
import { resolve } from 'node:path';
import { ConfigFile, FileSystemReader, FileSystemWriter, listGitIgnoreFiles } from '@forge/cli-shared';
import { lint, parseSourceFile, PermissionLinter } from '@forge/lint';
import type { ManifestSchema } from '@forge/manifest';
import { writeRestCalls } from './rest-calls';

const ROOT = resolve(__dirname, '../..');
const CONTRACTS = resolve(ROOT, '../shared/contracts');
const LOCAL = resolve(__dirname, 'contracts');
// Inside tsconfig.json's include (the linters parse with the project's tsconfig); git ignores it.
export const REST_CALLS_FILE = 'scripts/deploy/generated/rest-calls.generated.ts';

export interface LintProblem {
  file: string;
  line: number;
  level: 'error' | 'warning';
  message: string;
  missingScope?: string;
}

export interface LintReport {
  /** Lintable files (.ts, .tsx, .js, .jsx) under src/. */
  sourceFiles: number;
  /** Files the linters parsed: every one of src/ and the generated REST calls file. */
  parsedFiles: number;
  problems: LintProblem[];
}

function useLocalSpecs(): void {
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: 'true',
    LOCAL_JIRA_SWAGGER: resolve(CONTRACTS, 'jira-platform-v3.openapi.json'),
    LOCAL_CONF_V2_SWAGGER: resolve(CONTRACTS, 'confluence-v2.openapi.json'),
    LOCAL_CONF_SWAGGER: resolve(LOCAL, 'confluence-v1-search-user.openapi.json'),
    LOCAL_JSM_SWAGGER: resolve(LOCAL, 'empty.openapi.json'),
    LOCAL_JSW_SWAGGER: resolve(LOCAL, 'empty.openapi.json'),
    LOCAL_BB_SWAGGER: resolve(LOCAL, 'empty.openapi.json'),
  });
}

const silent = { info: () => undefined, warn: () => undefined, debug: () => undefined, error: () => undefined, trace: () => undefined };
// The CLI asks Atlassian which runtimes are deprecated; offline, none are.
const offlineStatsig = { getDeprecatedRuntimes: async () => [] };

/**
 * Lints src/ plus the generated REST calls file with every client-side linter, or with only
 * the permission linter over the REST calls file (`scopesOnly`, for the scope check), against
 * `manifest` (default: manifest.yml).
 */
export async function runForgeLint(options: { manifest?: ManifestSchema; scopesOnly?: boolean } = {}): Promise<LintReport> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    useLocalSpecs();
    const reader = new FileSystemReader();
    const config = options.manifest ?? (await new ConfigFile(reader, new FileSystemWriter()).readConfig());
    const exclude = [...(await listGitIgnoreFiles(reader)), '.git', 'node_modules'];
    const sources = options.scopesOnly ? [] : (await reader.recursiveReadDir('./src', exclude)).filter((f) => /\.[jt]sx?$/.test(f));
    writeRestCalls(resolve(ROOT, REST_CALLS_FILE));
    let parsedFiles = 0;
    const countingParse: typeof parseSourceFile = (filepath, parser, readFile) => {
      parsedFiles += 1;
      return parseSourceFile(filepath, parser, readFile);
    };
    const results = await lint(
      [...sources, REST_CALLS_FILE],
      config,
      'development',
      silent as never,
      offlineStatsig as never,
      {
        linter: { mode: 'client-side' },
        ...(options.scopesOnly ? { linters: [new PermissionLinter('development' as never, config, silent as never)] } : {}),
        parseFunction: countingParse,
      } as never,
    );
    const problems: LintProblem[] = results.flatMap((result) => [
      ...result.errors.map((p) => ({
        file: result.file,
        line: p.line,
        level: 'error' as const,
        message: p.message,
        missingScope: p.metadata?.missingPermission as string | undefined,
      })),
      ...result.warnings.map((p) => ({ file: result.file, line: p.line, level: 'warning' as const, message: p.message })),
    ]);
    return { sourceFiles: sources.length, parsedFiles, problems };
  } finally {
    process.chdir(cwd);
  }
}

/** A lint that looked at nothing is a failure: src/ must have files and every one must be parsed. */
export function lintWalkProblems(report: LintReport): string[] {
  if (report.sourceFiles === 0) return ['the linters found no files under src/'];
  const expected = report.sourceFiles + 1;
  return report.parsedFiles < expected ? [`the linters parsed ${report.parsedFiles} files; src/ and the REST calls file hold ${expected}`] : [];
}
