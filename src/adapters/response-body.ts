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

export function queryString(query: Record<string, string> | undefined, repeated: Record<string, readonly string[]> = {}): string {
  const lists = Object.entries(repeated).flatMap(([name, values]) => values.map((value) => [name, value]));
  const params = new URLSearchParams([...Object.entries(query ?? {}), ...lists]).toString();
  return params === '' ? '' : `?${params}`;
}
