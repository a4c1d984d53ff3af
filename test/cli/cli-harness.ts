import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli';
import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { fakeClock } from '../support/fakes';

export const repo = (path: string) => resolve(__dirname, '../..', path);

/** Runs the CLI in-process with the real file system, capturing what it prints. */
export async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    readFile: (path) => readFile(resolve(repo('.'), path), 'utf8'),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    makeJiraClient: httpJiraClient,
    clock: fakeClock(),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
