/** The chrome's calls: the stand-in's Jira REST API as the signed-in demo person (cookie), and the sandbox's own API. */
export interface JiraError {
  status: number;
  messages: string[];
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const messages = [...(json?.errorMessages ?? []), ...Object.entries(json?.errors ?? {}).map(([k, v]) => `${k}: ${v}`)];
    throw { status: response.status, messages: messages.length ? messages : [json?.message ?? `HTTP ${response.status}`] } satisfies JiraError;
  }
  return json as T;
}

export const jira = {
  get: <T>(path: string) => request<T>('GET', path),
  put: (path: string, body: unknown) => request<void>('PUT', path, body),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
};

export const sandboxApi = {
  get: <T>(path: string) => request<T>('GET', `/__sandbox/api/${path}`),
  post: <T>(path: string, body: unknown) => request<T>('POST', `/__sandbox/api/${path}`, body),
  put: (path: string, body: unknown) => request<void>('PUT', `/__sandbox/api/${path}`, body),
};

export function isJiraError(error: unknown): error is JiraError {
  return typeof error === 'object' && error !== null && Array.isArray((error as JiraError).messages);
}
