/** What the decision table's editor calls each field, for problems named as the screen names them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'title',
  background: 'background',
  status: 'status',
  impact: 'impact',
  driver: 'Driver',
  approver: 'Approver',
  contributors: 'Contributors',
  informed: 'Informed',
  due: 'due date',
  outcome: 'outcome',
  jiraKeys: 'linked work items',
  options: 'options',
  description: 'description',
  pros: 'pros',
  cons: 'cons',
  cost: 'cost',
  id: 'id',
  decisions: 'decisions',
  format: 'format',
};

const fieldName = (key: string) => (Object.hasOwn(FIELD_NAMES, key) ? FIELD_NAMES[key]! : key);

/**
 * A problem's path as a person reads it: `decisions[2].driver` is "Decision 3: Driver",
 * `decisions[0].options[1].pros` "Decision 1, option 2: pros", `title` "Table: title".
 */
export function problemPlace(path: string): string {
  const decision = /^decisions\[(\d+)\](?:\.options\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (decision) {
    const [, d, o, field] = decision;
    const where = `Decision ${Number(d) + 1}${o === undefined ? '' : `, option ${Number(o) + 1}`}`;
    return field ? `${where}: ${fieldName(field)}` : where;
  }
  const top = /^([A-Za-z]+)/.exec(path)?.[1];
  return top === undefined || path === '(root)' ? 'Table' : `Table: ${fieldName(top)}`;
}
