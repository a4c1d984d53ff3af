/**
 * Finds text a person would see that is written into a screen's JSX instead of coming from a
 * translation key: JSX text, string literals in JSX expressions (also inside `a ? 'x' : 'y'`
 * and `a && 'x'`), and literal values of the attributes that are read out or shown
 * (aria-label, label, title, placeholder, alt…). Text without a letter (punctuation, "—",
 * numbers) is not language.
 */
import ts from 'typescript';

const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'label', 'title', 'placeholder', 'alt', 'loadingLabel']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** An Atlaskit prop that is shown or read out by its name (`overMaximumMessage`, `loadingLabel`, `emptyText`). */
const SHOWN_PROP = /(Message|Label|Text|Title|Description|Heading)$/;
/** Three words in a row: a phrase in a template ("… over the limit"), not code. */
const hasPhrase = (text: string) => /\p{L}{2,}\s+\p{L}+\s+\p{L}{2,}/u.test(text);

export interface VisibleString {
  line: number;
  text: string;
}

/** Literal strings in an expression that would be shown as they are. */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((s) => s.literal)].some((part) => hasWords(part.text)) ? [node] : [];
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)
  )
    return shownLiterals(node.right);
  return [];
}

/** Attributes and properties whose values are for code, not people (class names, test ids, appearances). */
const CODE_NAMES = new Set([
  'className',
  'testId',
  'data-testid',
  'id',
  'key',
  'appearance',
  'spacing',
  'type',
  'htmlFor',
  'role',
  'rel',
  'target',
  'href',
  'src',
]);
/** A sentence or a label: starts with a capital, and has a word after a space or ends like one ("Unknown person", "Saved."). */
const looksLikeWords = (text: string) => /^\p{Lu}\p{Ll}+(?:[ ,:;.…!?]|$)/u.test(text.trim()) && (/\s\p{L}/u.test(text) || /[.…!?:]$/.test(text.trim()));

/** A label table: an object whose every value (two or more) is a capitalised word or phrase (`{ high: 'High', low: 'Low' }`). */
function isLabelTable(node: ts.Node): boolean {
  const object = node.parent?.parent;
  if (!object || !ts.isPropertyAssignment(node.parent) || !ts.isObjectLiteralExpression(object) || object.properties.length < 2) return false;
  return object.properties.every(
    (p) =>
      ts.isPropertyAssignment(p) &&
      (ts.isStringLiteral(p.initializer) || ts.isNoSubstitutionTemplateLiteral(p.initializer)) &&
      /^\p{Lu}\p{Ll}/u.test(p.initializer.text),
  );
}

function isCodeContext(node: ts.Node, file: ts.SourceFile): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isJsxAttribute(parent) && CODE_NAMES.has(parent.name.getText(file))) return true;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && CODE_NAMES.has(parent.name.getText(file))) return true;
  if (ts.isCallExpression(parent) && /^(console\.\w+|t|plural|require|import)$/.test(parent.expression.getText(file))) return true;
  return false;
}

export function visibleStrings(source: string, fileName = 'screen.tsx'): VisibleString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: VisibleString[] = [];
  const reported = new Set<ts.Node>();
  const add = (node: ts.Node, text: string) => {
    if (!hasWords(text) || reported.has(node)) return;
    reported.add(node);
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of shownLiterals(node.expression)) add(literal, literal.getText(file));
    } else if (ts.isJsxAttribute(node) && (SHOWN_ATTRIBUTES.has(node.name.getText(file)) || SHOWN_PROP.test(node.name.getText(file))) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) add(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) for (const literal of shownLiterals(value.expression)) add(literal, literal.getText(file));
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      (looksLikeWords(node.text) || isLabelTable(node)) &&
      !isCodeContext(node, file) &&
      !reported.has(node)
    ) {
      // Words kept in a constant or an object (a label table, a message) rather than written in the JSX.
      add(node, node.text);
    } else if (
      ts.isTemplateExpression(node) &&
      [node.head, ...node.templateSpans.map((span) => span.literal)].some((part) => hasPhrase(part.text)) &&
      !isCodeContext(node, file)
    ) {
      add(node, node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
