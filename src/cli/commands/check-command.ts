import { englishSay } from '../../domain/words/english';
import { evaluate } from '../../domain/evaluate';
import { issueRequestFor } from '../../domain/jira/issue-request';
import type { Verdict } from '../../domain/verdict';
import { getIssue } from '../../jira/get-issue';
import { VALIDATOR_RETRY_POLICY } from '../../jira/retry-policy';
import { UsageError, type CliIo } from '../cli-io';
import { readGate, readRecords } from '../read-inputs';
import { requireOption, type ParsedArgs } from '../parse-cli-args';

const ENV = ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN'] as const;

/** `check KEY --gates FILE --gate ID [--records FILE]`: the same single Jira call the validator makes. */
export async function checkCommand(args: ParsedArgs, io: CliIo): Promise<Verdict> {
  const key = args.positionals[0];
  if (!key) throw new UsageError('check needs a work item key, e.g. check ABC-123 --gates gates.json --gate definition-of-done');
  const missing = ENV.filter((name) => !io.env[name]);
  if (missing.length) throw new UsageError(`check needs the environment variable(s) ${missing.join(', ')}`);
  const gate = await readGate(io, requireOption(args, 'gates'), requireOption(args, 'gate'));
  const records = await readRecords(io, args.options['records']);
  const jira = io.makeJiraClient({ baseUrl: io.env['JIRA_BASE_URL']!, email: io.env['JIRA_EMAIL']!, apiToken: io.env['JIRA_API_TOKEN']! });
  const loaded = await getIssue(jira, io.clock, key, issueRequestFor([gate]), VALIDATOR_RETRY_POLICY);
  if (!loaded.ok) throw new UsageError(loaded.message);
  return evaluate(gate, { issue: loaded.issue, records }, englishSay);
}
