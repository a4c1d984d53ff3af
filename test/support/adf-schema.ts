import Ajv from 'ajv';
import adfSchema from '@atlaskit/adf-schema/dist/json-schema/v1/full.json';

/** The ADF JSON schema is draft-04; its keywords ajv 8 needs are the same once `$schema` is dropped. */
const { $schema: _draft, ...schema } = adfSchema as Record<string, unknown>;
const compiled = new Ajv({ strict: false }).compile(schema);

/** The first few schema errors of `doc` as an ADF document (none: valid). */
export function validateAdf(doc: unknown): unknown[] {
  return compiled(doc) ? [] : (compiled.errors ?? []).slice(0, 5);
}
