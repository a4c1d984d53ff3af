import { parseArgs } from 'node:util';
import { UsageError } from './cli-io';

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | undefined>;
}

const VALUE_OPTIONS = ['gates', 'gate', 'issue', 'records', 'events'] as const;

export function parseCliArgs(argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        gates: { type: 'string' },
        gate: { type: 'string' },
        issue: { type: 'string' },
        records: { type: 'string' },
        events: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    const options: Record<string, string | undefined> = {};
    for (const name of VALUE_OPTIONS) options[name] = values[name];
    return { command: values.help ? 'help' : command, positionals: rest, options };
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options[name];
  if (!value) throw new UsageError(`missing --${name}`);
  return value;
}
