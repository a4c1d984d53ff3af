import { readFile } from 'node:fs/promises';
import { httpJiraClient } from '../adapters/http-jira-client';
import { systemClock } from '../ports/clock';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  makeJiraClient: httpJiraClient,
  clock: systemClock,
}).then((code) => {
  process.exitCode = code;
});
