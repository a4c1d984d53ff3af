import type { JiraClient } from '../ports/jira-client';
import type { Clock } from '../ports/clock';

/** Everything the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  makeJiraClient(settings: { baseUrl: string; email: string; apiToken: string }): JiraClient;
  clock: Clock;
}

export const EXIT = { passed: 0, blocked: 1, badInput: 2 } as const;

/** A problem with what the user gave the CLI: printed as one line (plus listed details), exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
