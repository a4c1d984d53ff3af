export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  evaluate --gates FILE --gate ID --issue ISSUE.json [--records FILE]
      Evaluate a gate against a saved GET /rest/api/3/issue answer; prints the verdict as JSON.
  check KEY --gates FILE --gate ID [--records FILE]
      Load KEY from a Jira site (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN) and evaluate the gate.
  validate FILE
      Check a gates file (format shipshape.gates/v1); lists every problem by path.
  templates
      Print the built-in templates as a gates file to start from.
  insights --events EVENTS.csv --gate ID
      Work out a gate's insight figures (as the insights page shows them) from an events export
      (the page's "Events (CSV)"); prints them as JSON.

Exit status: 0 passed (or valid), 1 blocked by the gate, 2 bad input or usage.`;
