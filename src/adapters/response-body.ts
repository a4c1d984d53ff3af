/** Reads a fetch-style body as JSON when it parses, as text otherwise, undefined when empty. */
export async function readBody(response: { text(): Promise<string> }): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function queryString(query: Record<string, string> | undefined): string {
  const params = new URLSearchParams(query ?? {}).toString();
  return params === '' ? '' : `?${params}`;
}
