import { englishSay } from '../../domain/words/english';
import { evaluate } from '../../domain/evaluate';
import type { Verdict } from '../../domain/verdict';
import { type CliIo } from '../cli-io';
import { readGate, readIssue, readRecords } from '../read-inputs';
import { requireOption, type ParsedArgs } from '../parse-cli-args';

/** `evaluate --gates FILE --gate ID --issue ISSUE.json [--records FILE]`: offline, from saved JSON. */
export async function evaluateCommand(args: ParsedArgs, io: CliIo): Promise<Verdict> {
  const gate = await readGate(io, requireOption(args, 'gates'), requireOption(args, 'gate'));
  const issue = await readIssue(io, requireOption(args, 'issue'));
  const records = await readRecords(io, args.options['records']);
  return evaluate(gate, { issue, records }, englishSay);
}
