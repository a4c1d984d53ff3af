import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { componentRef, toJsonSchema, type ConversionContext } from './openapi-schema';
import { findOperation, isRecord, loadSpec, type OpenApiResponse, type SpecName } from './openapi-spec';

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

interface SpecValidators {
  ajv: Ajv;
  refBase: string;
  schemaNames: ReadonlySet<string>;
  byComponentName: Map<string, ValidateFunction>;
  byInlineSchema: WeakMap<object, ValidateFunction>;
}

const validatorsBySpec = new Map<SpecName, SpecValidators>();
const COMPONENT_SCHEMA_REF = '#/components/schemas/';

/** `schemaRefOrName`: `IssueBean` or `#/components/schemas/IssueBean`. */
export function validateAgainstSchema(specName: SpecName, schemaRefOrName: string, value: unknown): ValidationResult {
  const validators = specValidators(specName);
  const name = schemaRefOrName.startsWith(COMPONENT_SCHEMA_REF) ? schemaRefOrName.slice(COMPONENT_SCHEMA_REF.length) : schemaRefOrName;
  if (!validators.schemaNames.has(name)) {
    return { ok: false, errors: [`no schema ${schemaRefOrName} in components.schemas of the ${specName} spec`] };
  }
  let validate = validators.byComponentName.get(name);
  if (!validate) {
    validate = validators.ajv.compile({ $ref: componentRef(validators.refBase, name) });
    validators.byComponentName.set(name, validate);
  }
  return run(validate, value);
}

/** Validates `body` against the JSON schema of the declared response; a response without one accepts any body. */
export function validateResponse(specName: SpecName, method: string, pathTemplate: string, status: number | string, body: unknown): ValidationResult {
  const found = findOperation(loadSpec(specName), method, pathTemplate);
  const call = `${method.toUpperCase()} ${pathTemplate}`;
  if (!found) return { ok: false, errors: [`${call} is not an operation of the ${specName} spec`] };
  const responses = found.operation.responses ?? {};
  const response = pickResponse(responses, String(status));
  if (!response) {
    const declared = Object.keys(responses).join(', ');
    return { ok: false, errors: [`${call} declares no ${status} response (declared: ${declared})`] };
  }
  const schema = jsonResponseSchema(response);
  if (!isRecord(schema)) return { ok: true };
  return run(inlineValidator(specValidators(specName), schema), body);
}

function pickResponse(responses: Record<string, OpenApiResponse>, status: string): OpenApiResponse | undefined {
  return responses[status] ?? responses[`${status.charAt(0)}XX`] ?? responses.default;
}

/** `application/json`, else the first JSON-ish type (`application/vnd.x+json`, `...;charset=UTF-8`). */
function jsonResponseSchema(response: OpenApiResponse): unknown {
  const content = response.content ?? {};
  const jsonType = 'application/json' in content ? 'application/json' : Object.keys(content).find((mediaType) => /[/+]json\b/i.test(mediaType));
  return jsonType === undefined ? undefined : content[jsonType]?.schema;
}

function inlineValidator(validators: SpecValidators, schema: Record<string, unknown>): ValidateFunction {
  const cached = validators.byInlineSchema.get(schema);
  if (cached) return cached;
  const context: ConversionContext = { refBase: validators.refBase, formats: new Set() };
  const converted = toJsonSchema(schema, context);
  registerUnknownFormats(validators.ajv, context.formats);
  const validate = validators.ajv.compile(isRecord(converted) ? converted : {});
  validators.byInlineSchema.set(schema, validate);
  return validate;
}

function specValidators(specName: SpecName): SpecValidators {
  const cached = validatorsBySpec.get(specName);
  if (cached) return cached;
  const componentSchemas = loadSpec(specName).components?.schemas ?? {};
  const context: ConversionContext = { refBase: `https://shipshape.test/contracts/${specName}.json`, formats: new Set() };
  const definitions = Object.fromEntries(Object.entries(componentSchemas).map(([name, schema]) => [name, toJsonSchema(schema, context)]));
  // ownProperties: Jira's ChangeDetails declares a `toString` property; without it ajv would see
  // Object.prototype.toString on every object that lacks one and report "must be string".
  const ajv = new Ajv({ strict: false, allErrors: true, ownProperties: true });
  addFormats(ajv);
  registerUnknownFormats(ajv, context.formats);
  // Registered, not compiled: ajv compiles only what a validated schema actually reaches through $ref.
  ajv.addSchema({ $id: context.refBase, definitions });
  const validators: SpecValidators = {
    ajv,
    refBase: context.refBase,
    schemaNames: new Set(Object.keys(componentSchemas)),
    byComponentName: new Map(),
    byInlineSchema: new WeakMap(),
  };
  validatorsBySpec.set(specName, validators);
  return validators;
}

/** Formats ajv-formats lacks are annotations only; registering them silences ajv's "unknown format" warnings. */
function registerUnknownFormats(ajv: Ajv, formats: ReadonlySet<string>): void {
  for (const format of formats) {
    if (!(format in ajv.formats)) ajv.addFormat(format, true);
  }
}

function run(validate: ValidateFunction, value: unknown): ValidationResult {
  if (validate(value)) return { ok: true };
  return { ok: false, errors: [...new Set((validate.errors ?? []).map(describeError))] };
}

function describeError(error: ErrorObject): string {
  const location = error.instancePath === '' ? '(root)' : error.instancePath;
  const params: Record<string, unknown> = error.params;
  const detail =
    error.keyword === 'additionalProperties'
      ? `: '${String(params.additionalProperty)}'`
      : error.keyword === 'enum'
        ? `: ${JSON.stringify(params.allowedValues)}`
        : '';
  return `${location} ${error.message ?? `fails ${error.keyword}`}${detail}`;
}
