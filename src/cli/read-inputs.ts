import { parseGatesFileText } from '../domain/gates/parse-gates';
import type { Gate, GatesFile } from '../domain/gates/gate-schema';
import { jiraIssueSchema, type JiraIssue } from '../domain/jira/issue-schema';
import { parseRecords } from '../domain/records/parse-records';
import type { ItemRecords } from '../domain/records/records-schema';
import { problemsFromZod, type Problem } from '../domain/problems';
import { UsageError, type CliIo } from './cli-io';

const listed = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`);

async function readText(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${what} ${path}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (error as Error).message})`}`);
  }
}

async function readJson(io: CliIo, path: string, what: string): Promise<unknown> {
  const text = await readText(io, path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

export async function readGatesFile(io: CliIo, path: string): Promise<GatesFile> {
  const parsed = parseGatesFileText(await readText(io, path, 'gates file'));
  if (parsed.ok) return parsed.value;
  throw new UsageError(`gates file ${path}: ${parsed.problems.length} problem(s)`, listed(parsed.problems));
}

export async function readGate(io: CliIo, path: string, gateId: string): Promise<Gate> {
  const file = await readGatesFile(io, path);
  const gate = file.gates.find((g) => g.id === gateId);
  if (gate) return gate;
  throw new UsageError(`gates file ${path} has no gate "${gateId}" (it has: ${file.gates.map((g) => g.id).join(', ') || 'none'})`);
}

export async function readIssue(io: CliIo, path: string): Promise<JiraIssue> {
  const parsed = jiraIssueSchema.safeParse(await readJson(io, path, 'issue file'));
  if (parsed.success) return parsed.data;
  throw new UsageError(`issue file ${path} is not a Jira work item as GET /rest/api/3/issue returns it`, listed(problemsFromZod(parsed.error)));
}

export async function readRecords(io: CliIo, path: string | undefined): Promise<ItemRecords | undefined> {
  if (path === undefined) return undefined;
  const parsed = parseRecords(await readJson(io, path, 'records file'));
  if (parsed.ok) return parsed.value;
  throw new UsageError(`records file ${path}: ${parsed.problems.length} problem(s)`, listed(parsed.problems));
}
