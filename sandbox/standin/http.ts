/** Answers in the shapes Jira and Confluence use, and the request helpers the routes share. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An answer that ends a route early: thrown by routes, written by the stand-in. */
export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** Jira's ErrorCollection: `{ errorMessages: [...], errors: { field: message } }`. */
export const jiraError = (status: number, messages: string[], errors: Record<string, string> = {}) =>
  new StandInError(status, { errorMessages: messages, errors });

const CONFLUENCE_TITLES: Record<number, [string, string]> = {
  400: ['INVALID_REQUEST_PARAMETER', 'Bad Request'],
  401: ['UNAUTHORIZED', 'Unauthorized'],
  404: ['NOT_FOUND', 'Not Found'],
  405: ['METHOD_NOT_ALLOWED', 'Method Not Allowed'],
};

/** Confluence v2's error shape: `{ errors: [{ status, code, title, detail }] }`. */
export function confluenceError(status: number, detail: string | null = null): StandInError {
  const [code, title] = CONFLUENCE_TITLES[status] ?? ['INTERNAL_SERVER_ERROR', 'Internal Server Error'];
  return new StandInError(status, { errors: [{ status, code, title, detail }] });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-cache, no-store' });
  res.end(text);
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'cache-control': 'no-cache, no-store' });
  res.end();
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The request's body, answered 413 with `tooLarge` past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw jiraError(413, [tooLarge]);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The request's JSON body; a malformed one is answered 400 the way Jira does. undefined when empty. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_BODY_BYTES, 'The request body is too large.')).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw jiraError(400, [`Unexpected character in the JSON body: ${(error as Error).message}`]);
  }
}

/** `http://host:port` of the request, for `self` links. */
export function baseUrlOf(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  return `http://${host}`;
}

/** Every value of a repeatable, comma-separated query parameter (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
