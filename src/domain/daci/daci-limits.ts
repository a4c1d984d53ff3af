/** Size limits of a decision table, so it always fits a macro parameter and renders quickly. */
export const DACI_LIMITS = {
  titleLength: 200,
  decisions: 200,
  decisionTitleLength: 300,
  backgroundLength: 5000,
  outcomeLength: 2000,
  options: 10,
  optionTextLength: 1000,
  costLength: 200,
  contributors: 20,
  informed: 50,
  jiraKeys: 20,
  actionItems: 20,
  actionItemLength: 500,
  /** The whole table as JSON, in UTF-8 bytes. */
  tableBytes: 256 * 1024,
  signOffCommentLength: 1000,
  /** Distinct linked work items checked in Jira (saving) and shown with their status (viewing): five Jira bulk look-ups of 100. */
  linkedKeysChecked: 500,
} as const;
