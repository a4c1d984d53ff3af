import { builtInTemplatesFile } from '../domain/templates';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { parseCliArgs } from './parse-cli-args';
import { evaluateCommand } from './commands/evaluate-command';
import { checkCommand } from './commands/check-command';
import { validateCommand } from './commands/validate-command';
import { insightsCommand } from './commands/insights-command';
import { USAGE } from './usage';
import type { Verdict } from '../domain/verdict';

function printVerdict(verdict: Verdict, io: CliIo): number {
  io.out(JSON.stringify(verdict, null, 2));
  return verdict.passed ? EXIT.passed : EXIT.blocked;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.command) {
    case 'evaluate':
      return printVerdict(await evaluateCommand(args, io), io);
    case 'check':
      return printVerdict(await checkCommand(args, io), io);
    case 'validate':
      io.out(await validateCommand(args, io));
      return EXIT.passed;
    case 'insights':
      io.out(JSON.stringify(await insightsCommand(args, io), null, 2));
      return EXIT.passed;
    case 'templates':
      io.out(JSON.stringify(builtInTemplatesFile(), null, 2));
      return EXIT.passed;
    case 'help':
      io.out(USAGE);
      return EXIT.passed;
    default:
      throw new UsageError(args.command ? `unknown command "${args.command}" (try --help)` : 'no command given (try --help)');
  }
}

/** Runs the CLI and returns its exit status. Bad input is one line (plus listed problems), never a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) {
      io.err(`shipshape: unexpected error: ${(error as Error).message}`);
      return EXIT.badInput;
    }
    io.err(`shipshape: ${error.message}`);
    for (const detail of error.details) io.err(`  ${detail}`);
    return EXIT.badInput;
  }
}
