import type { MessageKey, Say } from '../words/say';

/** What the settings pages call each part of a gate (place.part.*), for problems named as the screen names them. */
const PARTS = [
  'id',
  'name',
  'label',
  'hint',
  'kind',
  'field',
  'required',
  'approvers',
  'count',
  'waivableBy',
  'qaVerifiers',
  'appliesTo',
  'sections',
  'linkType',
  'direction',
  'require',
  'forbid',
  'criteria',
] as const;
const KNOWN: ReadonlySet<string> = new Set(PARTS);

const partName = (key: string, say: Say) => (KNOWN.has(key) ? say(`place.part.${key}` as MessageKey) : key);

/**
 * A problem's path in a gate set as a person reads it, in `say`'s language:
 * `gates[1].criteria[2].approvers.groups[0]` is "Gate 2, check 3: approvers". Paths outside a
 * gate are returned as they are.
 */
export function gateProblemPlace(path: string, say: Say): string {
  const gate = /^(?:gates\[(\d+)\]|gate(?=[.[]|$))(?:\.criteria\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (!gate) return path;
  const [, g, c, part] = gate;
  const where = g === undefined ? say('place.theGate') : say('place.gate', { number: Number(g) + 1 });
  const placed = c === undefined ? where : say('place.check', { where, number: Number(c) + 1 });
  return part ? say('place.withPart', { where: placed, part: partName(part, say) }) : placed;
}
