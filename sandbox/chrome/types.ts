/** The shapes the chrome reads from the stand-in (a subset of Jira's). */
export interface Person {
  accountId: string;
  displayName: string;
  emailAddress: string;
  persona: string;
  avatarUrls: Record<string, string>;
}

export interface Session {
  current: string;
  users: Person[];
  /** The seeded Confluence spec page. */
  specPageId: string;
}

export interface Status {
  name: string;
  statusCategory: { key: string; colorName?: string };
}

export interface LinkedItem {
  key: string;
  fields: { summary: string; status: Status };
}

export interface IssueLink {
  id: string;
  type: { name: string; inward: string; outward: string };
  inwardIssue?: LinkedItem;
  outwardIssue?: LinkedItem;
}

export interface Issue {
  id: string;
  key: string;
  names?: Record<string, string>;
  fields: {
    summary: string;
    status: Status;
    issuetype: { id: string; name: string; subtask?: boolean };
    project: { id: string; key: string; name: string };
    assignee: Person | null;
    description: unknown;
    labels: string[];
    fixVersions: Array<{ id: string; name: string }>;
    subtasks: LinkedItem[];
    issuelinks: IssueLink[];
    [field: string]: unknown;
  };
}

export interface Transition {
  id: string;
  name: string;
  to: Status;
}

/** A manifest module that shows Custom UI (as sandbox/host/manifest.ts reads it). */
export interface CustomUiModuleInfo {
  type: string;
  key: string;
  title?: string;
  /** Resource keys by view: `default`, or `create` / `edit` / `view` / `config`. */
  resources: Record<string, string>;
  resolverFunction?: string;
}
