/** What the settings pages call each part of a gate, for problems named as the screen names them. */
const PART_NAMES: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'name',
  label: 'label',
  hint: 'how to fix',
  kind: 'kind',
  field: 'field',
  required: 'required',
  approvers: 'approvers',
  count: 'approvals needed',
  waivableBy: 'who may waive',
  qaVerifiers: 'QA verifiers',
  appliesTo: 'work types',
  sections: 'sections',
  linkType: 'link type',
  direction: 'direction',
  require: 'labels required',
  forbid: 'labels forbidden',
  criteria: 'checks',
};

const partName = (key: string) => (Object.hasOwn(PART_NAMES, key) ? PART_NAMES[key]! : key);

/**
 * A problem's path in a gate set as a person reads it: `gates[1].criteria[2].approvers.groups[0]`
 * is "Gate 2, check 3: approvers". Paths outside a gate are returned as they are.
 */
export function gateProblemPlace(path: string): string {
  const gate = /^(?:gates\[(\d+)\]|gate)(?:\.criteria\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (!gate) return path;
  const [, g, c, part] = gate;
  const where = [g === undefined ? 'The gate' : `Gate ${Number(g) + 1}`, ...(c === undefined ? [] : [`check ${Number(c) + 1}`])].join(', ');
  return part ? `${where}: ${partName(part)}` : where;
}
