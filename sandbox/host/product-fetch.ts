/**
 * `requestJira` / `requestConfluence` from a Custom UI app (`@forge/bridge`'s `fetchProduct`),
 * answered as the product does: the request goes to the site as the signed-in person (the
 * sandbox's session cookie), never as the app. The bridge sends a FormData body as JSON with each
 * `file` part as a data URL (plus `__fileName`, `__fileType`); it is rebuilt as multipart here.
 * Runs in the sandbox page (browser).
 */

interface ProductFetch {
  product?: unknown;
  restPath?: unknown;
  fetchRequestInit?: { method?: string; body?: unknown; headers?: Array<[string, string]> };
  isMultipartFormData?: unknown;
}

/** What the bridge expects back: the body as text, and whether it is a file (then base64). */
export interface ProductAnswer {
  body: string;
  headers: Record<string, string>;
  status: number;
  statusText: string;
  isAttachment: boolean;
}

function blobOf(dataUrl: string, type: string): Blob {
  const base64 = dataUrl.includes(';base64,') ? dataUrl.slice(dataUrl.indexOf(',') + 1) : dataUrl;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** The multipart form the app built, from the bridge's JSON copy of it. */
export function formFromBridge(json: string): FormData {
  const parts = JSON.parse(json) as Record<string, unknown>;
  const form = new FormData();
  for (const [key, value] of Object.entries(parts)) {
    if (key.startsWith('__')) continue;
    const name = parts[`__${key}Name`];
    if (typeof name === 'string' && typeof value === 'string') form.append(key, blobOf(value, String(parts[`__${key}Type`] ?? '')), name);
    else form.append(key, String(value));
  }
  return form;
}

const asBase64 = (buffer: ArrayBuffer) => {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

export async function productFetch(payload: unknown): Promise<ProductAnswer> {
  const { product, restPath, fetchRequestInit = {}, isMultipartFormData } = (payload ?? {}) as ProductFetch;
  if (product !== 'jira' && product !== 'confluence') throw new Error(`The sandbox serves requestJira and requestConfluence only, not ${String(product)}.`);
  if (typeof restPath !== 'string' || !/^\/(rest|wiki)\//.test(restPath)) throw new Error(`requestJira needs a REST path, got ${String(restPath)}.`);
  const headers = new Headers(fetchRequestInit.headers ?? []);
  let body: BodyInit | undefined = typeof fetchRequestInit.body === 'string' ? fetchRequestInit.body : undefined;
  if (isMultipartFormData === true && typeof body === 'string') {
    body = formFromBridge(body);
    headers.delete('content-type');
  }
  const method = fetchRequestInit.method ?? 'GET';
  const response = await fetch(restPath, { method, headers, credentials: 'same-origin', ...(body === undefined || method === 'GET' ? {} : { body }) });
  const type = response.headers.get('content-type') ?? '';
  const isAttachment = type !== '' && !/json|^text\//i.test(type);
  const answer = isAttachment ? asBase64(await response.arrayBuffer()) : await response.text();
  return { body: answer, headers: Object.fromEntries(response.headers.entries()), status: response.status, statusText: response.statusText, isAttachment };
}
