import type { MessageKey, Say } from '../words/say';

/** What the decision table's editor calls each field (place.field.*), for problems named as the screen names them. */
const FIELDS = [
  'title',
  'background',
  'status',
  'impact',
  'driver',
  'approver',
  'contributors',
  'informed',
  'due',
  'outcome',
  'jiraKeys',
  'options',
  'description',
  'pros',
  'cons',
  'cost',
  'id',
  'decisions',
  'format',
  'actionItems',
  'text',
  'owner',
  'done',
] as const;
const KNOWN: ReadonlySet<string> = new Set(FIELDS);

const fieldName = (key: string, say: Say) => (KNOWN.has(key) ? say(`place.field.${key}` as MessageKey) : key);

/**
 * A problem's path as a person reads it, in `say`'s language: `decisions[2].driver` is
 * "Decision 3: Driver", `decisions[0].options[1].pros` "Decision 1, option 2: pros", `title`
 * "Table: title".
 */
export function problemPlace(path: string, say: Say): string {
  const decision = /^decisions\[(\d+)\](?:\.options\[(\d+)\]|\.actionItems\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (decision) {
    const [, d, o, a, field] = decision;
    const where = say('place.decision', { number: Number(d) + 1 });
    const placed =
      o !== undefined
        ? say('place.option', { where, number: Number(o) + 1 })
        : a !== undefined
          ? say('place.actionItem', { where, number: Number(a) + 1 })
          : where;
    return field ? say('place.withPart', { where: placed, part: fieldName(field, say) }) : placed;
  }
  const top = /^([A-Za-z]+)/.exec(path)?.[1];
  return top === undefined || path === '(root)' ? say('place.table') : say('place.withPart', { where: say('place.table'), part: fieldName(top, say) });
}
