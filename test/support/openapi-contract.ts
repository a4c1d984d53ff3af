/**
 * Contract checks for REST calls and JSON fixtures against Atlassian's OpenAPI specs in ../shared/contracts.
 *
 *   checkCall('jira', { method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fields: 'summary' } })
 *   validateResponse('jira', 'GET', '/rest/api/3/issue/{issueIdOrKey}', 200, fixture)
 *   validateAgainstSchema('confluence', 'PageSingle', page)
 */
import { operationScopes, type ScopeSource } from './openapi-scopes';
import {
  findOperation,
  isHttpMethod,
  loadSpec,
  matchTemplates,
  type OpenApiOperation,
  type OpenApiSpec,
  type OpenApiParameter,
  type SpecName,
} from './openapi-spec';

export { findOperation, loadSpec } from './openapi-spec';
export type { FoundOperation, OpenApiOperation, OpenApiSpec, SpecName } from './openapi-spec';
export type { ScopeSource } from './openapi-scopes';
export { validateAgainstSchema, validateResponse, type ValidationResult } from './openapi-validate';

export type QueryParams = Record<string, string | string[]>;

export interface RestCall {
  method: string;
  /** A spec template or a concrete path; a `?query` suffix is merged into `query`. */
  path: string;
  query?: QueryParams;
}

export type CallCheck = { ok: true; template: string; scopes: string[]; scopeSource: ScopeSource } | { ok: false; problems: string[] };

export function checkCall(specName: SpecName, call: RestCall): CallCheck {
  const spec = loadSpec(specName);
  const templates = matchTemplates(spec, call.path);
  if (templates.length === 0) {
    return { ok: false, problems: [`no path in the ${specName} spec matches ${call.path}`] };
  }
  const found = findOperation(spec, call.method, call.path);
  if (!found) return { ok: false, problems: [methodNotDefined(spec, templates, call.method)] };
  const { template, operation } = found;
  const label = `${call.method.toUpperCase()} ${template}`;
  const declared = queryParameters(spec.paths[template]?.parameters ?? [], operation);
  const problems = queryProblems(declared, { ...queryFromPath(call.path), ...call.query }, label);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template, ...operationScopes(spec, operation) };
}

function methodNotDefined(spec: OpenApiSpec, templates: string[], method: string): string {
  const defined = templates.flatMap((template) =>
    Object.keys(spec.paths[template] ?? {})
      .filter(isHttpMethod)
      .map((verb) => verb.toUpperCase()),
  );
  return `${method.toUpperCase()} is not defined for ${templates.join(' / ')} (defined: ${defined.join(', ')})`;
}

/** Path-level parameters apply unless the operation redeclares the same name. */
function queryParameters(pathLevel: OpenApiParameter[], operation: OpenApiOperation): OpenApiParameter[] {
  const byName = new Map<string, OpenApiParameter>();
  for (const parameter of [...pathLevel, ...(operation.parameters ?? [])]) {
    if (parameter.in === 'query') byName.set(parameter.name, parameter);
  }
  return [...byName.values()];
}

function queryProblems(declared: OpenApiParameter[], query: QueryParams, operationLabel: string): string[] {
  const declaredNames = declared.map((parameter) => parameter.name);
  const undeclared = Object.keys(query)
    .filter((name) => !declaredNames.includes(name))
    .map((name) => `query parameter '${name}' is not declared by ${operationLabel} (declared: ${declaredNames.join(', ') || 'none'})`);
  const missing = declared
    .filter((parameter) => parameter.required === true && !(parameter.name in query))
    .map((parameter) => `required query parameter '${parameter.name}' is missing for ${operationLabel}`);
  return [...undeclared, ...missing];
}

function queryFromPath(path: string): QueryParams {
  const queryString = /\?([^#]*)/.exec(path)?.[1];
  if (queryString === undefined) return {};
  const query: QueryParams = {};
  for (const [name, value] of new URLSearchParams(queryString)) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}
