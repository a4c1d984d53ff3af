/** Jira's own words from an error answer (`errorMessages` and per-field `errors`), at most five. */
export function jiraMessages(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { errorMessages, errors } = body as { errorMessages?: unknown; errors?: unknown };
  const general = Array.isArray(errorMessages) ? errorMessages.filter((m): m is string => typeof m === 'string') : [];
  const fields =
    typeof errors === 'object' && errors !== null
      ? Object.entries(errors).flatMap(([field, message]) => (typeof message === 'string' ? [`${field}: ${message}`] : []))
      : [];
  return [...general, ...fields].map((m) => m.slice(0, 300)).slice(0, 5);
}
