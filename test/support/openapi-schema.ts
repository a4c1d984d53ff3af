import { isRecord } from './openapi-spec';

export interface ConversionContext {
  /** `$id` under which the converted `components.schemas` are registered as `definitions`. */
  refBase: string;
  /** Every `format` seen, so unknown ones (Confluence uses `format: "string"`) can be registered as no-ops. */
  formats: Set<string>;
}

const COMPONENT_SCHEMA_REF = '#/components/schemas/';
const DROPPED_KEYWORDS = new Set(['nullable', 'example', 'xml', 'externalDocs', 'discriminator', 'deprecated']);
const SUBSCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not']);
const SUBSCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);
const SUBSCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);

export function componentRef(refBase: string, schemaName: string): string {
  return `${refBase}#/definitions/${schemaName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * Converts an OpenAPI 3.0 Schema Object into draft-07 JSON Schema without touching the input.
 * Walks only schema positions, so a property *named* `example` or `x-foo` survives.
 */
export function toJsonSchema(schema: unknown, context: ConversionContext): unknown {
  if (!isRecord(schema)) return schema;
  if (typeof schema.$ref === 'string') {
    // OpenAPI 3.0 ignores $ref siblings (Confluence has `{ type: 'object', $ref }`); ajv would apply them.
    const ref = { $ref: rewriteRef(schema.$ref, context) };
    return schema.nullable === true ? allowNull(ref) : ref;
  }
  const converted: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(keyword) || keyword.startsWith('x-')) continue;
    converted[keyword] = convertKeyword(keyword, value, context);
  }
  if (typeof schema.format === 'string') context.formats.add(schema.format);
  relaxPolymorphism(converted, schema.discriminator !== undefined);
  return schema.nullable === true ? allowNull(converted) : converted;
}

function convertKeyword(keyword: string, value: unknown, context: ConversionContext): unknown {
  const convert = (subschema: unknown): unknown => toJsonSchema(subschema, context);
  if (SUBSCHEMA_KEYWORDS.has(keyword)) return Array.isArray(value) ? value.map(convert) : convert(value);
  if (SUBSCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) return value.map(convert);
  if (SUBSCHEMA_MAP_KEYWORDS.has(keyword) && isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, subschema]) => [name, convert(subschema)]));
  }
  return value; // enum, default, required, ...: data, shared by reference and never mutated
}

function rewriteRef(ref: string, context: ConversionContext): string {
  if (!ref.startsWith(COMPONENT_SCHEMA_REF)) return ref;
  const pointerTail = ref.slice(COMPONENT_SCHEMA_REF.length);
  return `${context.refBase}#/definitions/${pointerTail}`;
}

function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { type } = schema;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types: unknown[] = Array.isArray(type) ? type : [type];
    const enumValues = schema.enum;
    return {
      ...schema,
      type: types.includes('null') ? types : [...types, 'null'],
      ...(Array.isArray(enumValues) && !enumValues.includes(null) ? { enum: [...enumValues, null] } : {}),
    };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/**
 * Jira's Jackson-generated polymorphic types (CustomContextVariable, WorkflowCondition, JqlQueryClause, ...)
 * pair `additionalProperties: false` with oneOf/anyOf. Draft-07 cannot see properties declared inside the
 * branches, so that combination would reject every real payload: drop it. With a discriminator the branches
 * overlap structurally (they differ only by the tag), so `oneOf` becomes `anyOf`.
 */
function relaxPolymorphism(schema: Record<string, unknown>, hasDiscriminator: boolean): void {
  const composed = ['allOf', 'anyOf', 'oneOf'].some((keyword) => keyword in schema);
  if (composed && schema.additionalProperties === false) delete schema.additionalProperties;
  if (hasDiscriminator && Array.isArray(schema.oneOf) && !('anyOf' in schema)) {
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
  }
}
