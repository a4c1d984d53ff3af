/** A JQL clause on an indexed issue entity property, with the operators Jira allows for its type. */
import { jiraError } from './http';
import type { Clause } from './jql';
import { indexedValuesIn, type IndexedValue } from './entity-property-index';
import type { IssueData } from './standin-data';

const ORDERED = new Set(['>', '>=', '<', '<=']);

function comparable(value: IndexedValue, raw: string | number, field: string): number | string {
  if (value.type === 'number') {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (raw === '' || !Number.isFinite(n)) throw jiraError(400, [`The value '${raw}' for field '${field}' is not a valid number.`]);
    return n;
  }
  if (value.type === 'date') {
    const t = Date.parse(String(raw));
    if (Number.isNaN(t)) throw jiraError(400, [`The value '${raw}' for field '${field}' is not a valid date (use "YYYY-MM-DD" or a date-time).`]);
    return t;
  }
  return String(raw).toLowerCase();
}

export function propertyMatcher(value: IndexedValue, clause: Clause): (issue: IssueData) => boolean {
  const field = value.searchAlias ?? `issue.property[${value.propertyKey}].${value.path}`;
  const { operator } = clause;
  const valuesOf = (issue: IssueData) => indexedValuesIn(issue.properties, value);
  if (operator === 'is' || operator === 'is not') {
    if (!['empty', 'null'].includes((clause.values[0] ?? '').toLowerCase()))
      throw jiraError(400, [`Error in the JQL Query: '${operator.toUpperCase()}' needs EMPTY.`]);
    return (issue) => (valuesOf(issue).length === 0) === (operator === 'is');
  }
  if (operator === '~') {
    if (value.type !== 'text') throw jiraError(400, [`The operator '~' is not supported by field '${field}'; use '=' for exact values.`]);
    const word = (clause.values[0] ?? '').toLowerCase();
    return (issue) => valuesOf(issue).some((v) => String(v).toLowerCase().includes(word));
  }
  if (value.type === 'text') throw jiraError(400, [`The operator '${operator}' is not supported by field '${field}'; use '~'.`]);
  const wanted = clause.values.map((v) => comparable(value, v, field));
  const have = (issue: IssueData) => valuesOf(issue).map((v) => comparable(value, v, field));
  if (ORDERED.has(operator)) {
    if (value.type !== 'number' && value.type !== 'date') throw jiraError(400, [`The operator '${operator}' is not supported by field '${field}'.`]);
    const target = wanted[0] as number;
    const test = { '>': (v: number) => v > target, '>=': (v: number) => v >= target, '<': (v: number) => v < target, '<=': (v: number) => v <= target }[
      operator as '>' | '>=' | '<' | '<='
    ];
    return (issue) => have(issue).some((v) => test(v as number));
  }
  const matches = (issue: IssueData) => have(issue).some((v) => wanted.includes(v));
  return operator === '!=' || operator === 'not in' ? (issue) => !matches(issue) : matches;
}
