import { readFileSync } from 'node:fs';
import path from 'node:path';

export type SpecName = 'jira' | 'confluence';
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}

export interface AtlassianScopeEntry {
  scheme: string;
  scopes: string[];
  state: string;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, OpenApiResponse>;
  'x-atlassian-oauth2-scopes'?: AtlassianScopeEntry[];
}

export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>> & {
  parameters?: OpenApiParameter[];
};

export interface OpenApiSpec {
  openapi: string;
  servers?: Array<{ url: string }>;
  paths: Record<string, OpenApiPathItem>;
  components?: {
    schemas?: Record<string, unknown>;
    securitySchemes?: Record<string, { type?: string }>;
  };
}

export interface FoundOperation {
  template: string;
  operation: OpenApiOperation;
}

const HTTP_METHODS: readonly string[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const CONTRACTS_DIR = path.resolve(__dirname, '../../../shared/contracts');
const SPEC_FILES: Record<SpecName, string> = {
  jira: 'jira-platform-v3.openapi.json',
  confluence: 'confluence-v2.openapi.json',
};

const specCache = new Map<SpecName, OpenApiSpec>();

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadSpec(name: SpecName): OpenApiSpec {
  const cached = specCache.get(name);
  if (cached) return cached;
  const parsed: unknown = JSON.parse(readFileSync(path.join(CONTRACTS_DIR, SPEC_FILES[name]), 'utf8'));
  if (!isRecord(parsed) || typeof parsed.openapi !== 'string' || !isRecord(parsed.paths)) {
    throw new Error(`${SPEC_FILES[name]} is not an OpenAPI 3 document`);
  }
  const spec = parsed as unknown as OpenApiSpec;
  specCache.set(name, spec);
  return spec;
}

export function isHttpMethod(method: string): method is HttpMethod {
  return HTTP_METHODS.includes(method);
}

export function findOperation(spec: OpenApiSpec, method: string, path: string): FoundOperation | undefined {
  const verb = method.toLowerCase();
  if (!isHttpMethod(verb)) return undefined;
  for (const template of matchTemplates(spec, path)) {
    const operation = spec.paths[template]?.[verb];
    if (operation) return { template, operation };
  }
  return undefined;
}

/**
 * The spec's templates for `path` (a template itself or a concrete request path). Usually one; several when
 * the spec splits one route over templates that differ only in parameter names (Jira: GET/PUT
 * `/rest/api/3/field/{fieldId}` but DELETE `/rest/api/3/field/{id}`).
 */
export function matchTemplates(spec: OpenApiSpec, path: string): string[] {
  const normalized = normalizePath(spec, path);
  if (normalized.includes('{')) return spec.paths[normalized] ? [normalized] : [];
  const matching = templateMatchers(spec).filter((matcher) => matcher.pattern.test(normalized));
  const bestShape = matching[0]?.shape;
  return matching.filter((matcher) => matcher.shape === bestShape).map((matcher) => matcher.template);
}

/** Strips origin, query string, trailing slash and the server base path (Confluence's is `/wiki/api/v2`). */
function normalizePath(spec: OpenApiSpec, rawPath: string): string {
  const withoutOrigin = rawPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');
  const pathOnly = withoutOrigin.split(/[?#]/, 1)[0] ?? '';
  const trimmed = pathOnly.length > 1 ? pathOnly.replace(/\/+$/, '') : pathOnly;
  const base = serverBasePath(spec);
  return base && trimmed.startsWith(`${base}/`) ? trimmed.slice(base.length) : trimmed;
}

function serverBasePath(spec: OpenApiSpec): string {
  const url = spec.servers?.[0]?.url ?? '';
  const pathPart = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url)?.[1] ?? '';
  return pathPart.replace(/\/+$/, '');
}

interface TemplateMatcher {
  template: string;
  pattern: RegExp;
  literalCount: number;
  /** One letter per segment, L(iteral) or P(arameter): sorting it ascending puts earlier literals first. */
  shape: string;
}

const matcherCache = new WeakMap<OpenApiSpec, TemplateMatcher[]>();

/** All templates, most specific first, so the first regex hit is the best match. */
function templateMatchers(spec: OpenApiSpec): TemplateMatcher[] {
  const cached = matcherCache.get(spec);
  if (cached) return cached;
  const matchers = Object.keys(spec.paths).map(toMatcher).sort(bySpecificity);
  matcherCache.set(spec, matchers);
  return matchers;
}

function toMatcher(template: string): TemplateMatcher {
  const segments = template.split('/');
  const source = segments
    .map((segment) =>
      segment
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+'),
    )
    .join('/');
  const shape = segments.map((segment) => (segment.includes('{') ? 'P' : 'L')).join('');
  return { template, pattern: new RegExp(`^${source}$`), literalCount: shape.split('L').length - 1, shape };
}

function bySpecificity(a: TemplateMatcher, b: TemplateMatcher): number {
  if (a.literalCount !== b.literalCount) return b.literalCount - a.literalCount;
  return a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
