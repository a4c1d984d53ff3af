import { type CliIo } from '../cli-io';
import { readGatesFile } from '../read-inputs';
import { UsageError } from '../cli-io';
import type { ParsedArgs } from '../parse-cli-args';

/** `validate FILE`: checks a gates file and lists every problem by path. */
export async function validateCommand(args: ParsedArgs, io: CliIo): Promise<string> {
  const path = args.positionals[0];
  if (!path) throw new UsageError('validate needs a gates file, e.g. validate gates.json');
  const file = await readGatesFile(io, path);
  const criteria = file.gates.reduce((n, g) => n + g.criteria.length, 0);
  return `${path}: valid (${file.gates.length} gate(s), ${criteria} criteria)`;
}
