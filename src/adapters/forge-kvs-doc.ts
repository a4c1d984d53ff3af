/**
 * Values live in the custom entity `shipshape-doc` (manifest `app.storage.entities`) as
 * `{ version, value }`, because Forge's transactions take conditions only on entity attributes.
 */
export const DOC_ENTITY = 'shipshape-doc';

export interface Doc {
  version: number;
  value: unknown;
}
