/**
 * The JQL the stand-in understands: clauses joined by AND on project, key, parent, issuetype,
 * status, statusCategory, assignee, reporter, labels, fixVersion, component (=, !=, IN, NOT IN,
 * IS [NOT] EMPTY) and summary (~), then ORDER BY key, created, updated, priority or summary.
 * Issue entity properties an app indexes are searched by alias or `issue.property[key].path`
 * (with >, >=, <, <= for numbers and dates; see entity-property-index.ts).
 * Anything else is answered 400 the way Jira reports a JQL error.
 */
import { jiraError } from './http';

export type Operator = '=' | '!=' | 'in' | 'not in' | 'is' | 'is not' | '~' | '>' | '>=' | '<' | '<=';
const OPERATORS: readonly string[] = ['=', '!=', 'in', 'not in', 'is', 'is not', '~', '>', '>=', '<', '<='];
export interface Clause {
  field: string;
  operator: Operator;
  values: string[];
}
export interface Query {
  clauses: Clause[];
  orderBy: Array<{ field: string; descending: boolean }>;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|!=|!~|>=|<=|[=~<>(),]|[A-Za-z_][\w.-]*\(\)|[^\s=!~<>(),"']+)/y;
const fail = (message: string) => jiraError(400, [`Error in the JQL Query: ${message}`]);

function tokenize(jql: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < jql.length) {
    if (/^\s*$/.test(jql.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(jql);
    if (!match?.[1]) throw fail(`cannot read the query at character ${TOKEN.lastIndex + 1}.`);
    tokens.push(match[1]);
  }
  return tokens;
}

const unquote = (token: string) => (/^["']/.test(token) ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token);
const isWord = (token: string | undefined, word: string) => token?.toLowerCase() === word;

export function parseJql(jql: string): Query {
  // issue.property['key'].path → issue.property[key].path, one token.
  const tokens = tokenize(jql.replace(/issue\.property\[\s*(['"])([^'"\]]+)\1\s*\]/gi, 'issue.property[$2]'));
  let i = 0;
  const next = () => tokens[i++];
  const expectValue = () => {
    const token = next();
    if (token === undefined || ['(', ')', ','].includes(token))
      throw fail(`expecting a value but got ${token === undefined ? 'the end of the query' : `'${token}'`}.`);
    return unquote(token);
  };
  const clauses: Clause[] = [];
  while (i < tokens.length && !isWord(tokens[i], 'order')) {
    if (clauses.length > 0) {
      const joiner = next();
      if (!isWord(joiner, 'and')) throw fail(`the sandbox supports clauses joined by AND only; got '${joiner}'.`);
    }
    const field = unquote(next() ?? '').toLowerCase();
    let operator = (next() ?? '').toLowerCase();
    if ((operator === 'not' || operator === 'is') && isWord(tokens[i], operator === 'not' ? 'in' : 'not')) operator = `${operator} ${next()?.toLowerCase()}`;
    if (!OPERATORS.includes(operator)) throw fail(`the operator '${operator}' is not supported for field '${field}'.`);
    const values: string[] = [];
    if (operator === 'in' || operator === 'not in') {
      if (next() !== '(') throw fail(`expecting '(' after '${operator}'.`);
      do values.push(expectValue());
      while (next() === ',');
      if (tokens[i - 1] !== ')') throw fail("expecting ')' to close the list.");
    } else values.push(expectValue());
    clauses.push({ field, operator: operator as Operator, values });
  }
  const orderBy: Query['orderBy'] = [];
  if (i < tokens.length) {
    next();
    if (!isWord(next(), 'by')) throw fail("expecting 'by' after 'order'.");
    do {
      const field = (next() ?? '').toLowerCase();
      const direction = tokens[i]?.toLowerCase();
      if (direction === 'asc' || direction === 'desc') i++;
      orderBy.push({ field, descending: direction === 'desc' });
    } while (next() === ',');
    if (i <= tokens.length && tokens[i - 1] !== undefined && tokens[i - 1] !== ',') throw fail(`unexpected '${tokens[i - 1]}' after the ORDER BY clause.`);
  }
  return { clauses, orderBy };
}
