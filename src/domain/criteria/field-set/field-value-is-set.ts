import { adfHasContent, isAdfDocument } from './adf-has-content';
import { hasVisibleText } from '../../visible-text/visible-text';

/**
 * Whether a Jira field value counts as filled in: text with non-space characters, any number
 * (0 counts), a boolean, a non-empty list, an object (option, user, version…), and an
 * Atlassian Document Format value only when it holds real content.
 */
export function fieldValueIsSet(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return hasVisibleText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (isAdfDocument(value)) return adfHasContent(value);
  return typeof value === 'object';
}
