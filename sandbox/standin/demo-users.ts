/**
 * The sandbox's demo people. Each signs in to the stand-in Jira with basic auth
 * `emailAddress:sandbox` (or the chrome's `sandbox-user` cookie); the app signs in as
 * `app@shipshape.sandbox:sandbox` and acts like Forge's `asApp()`.
 */
import { initialsAvatar, type AvatarUrls } from './icons';

/** What a person may do in project ABC (and on the site, for `jiraAdmin`). */
export interface DemoRights {
  browse: boolean;
  edit: boolean;
  transition: boolean;
  administerProject: boolean;
  jiraAdmin: boolean;
}

export interface DemoUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  /** What the person does, for the sandbox's user switcher. */
  persona: string;
  avatarUrls: AvatarUrls;
  timeZone: string;
  locale: string;
  groups: readonly string[];
  /** Roles in project ABC, by name. */
  projectRoles: readonly string[];
  rights: DemoRights;
}

export const SANDBOX_PASSWORD = 'sandbox';
export const APP_EMAIL = 'app@shipshape.sandbox';

/** The app's own account, as Jira reports it for calls made with asApp(). */
export const APP_ACCOUNT = {
  accountId: '557058:6c1f0b2e-5a7d-4e39-9c84-2f1d7b3e9a50',
  displayName: 'Shipshape',
  avatarUrls: initialsAvatar('Shipshape', '#36B37E'),
} as const;

const FULL_MEMBER: DemoRights = { browse: true, edit: true, transition: true, administerProject: false, jiraAdmin: false };

export const EMMA: DemoUser = {
  accountId: '712020:5f0c3a7e-8b1d-4c2e-9f6a-1d2b3c4e5f60',
  displayName: 'Emma Engineer',
  emailAddress: 'emma@example.com',
  persona: 'Engineer',
  avatarUrls: initialsAvatar('Emma Engineer', '#0052CC'),
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  groups: ['jira-software-users'],
  projectRoles: ['Developers'],
  rights: FULL_MEMBER,
};

export const QUINN: DemoUser = {
  accountId: '712020:a4c1e9d2-6b3f-4f8a-b2c7-9e0d1f2a3b4c',
  displayName: 'Quinn QA',
  emailAddress: 'quinn@example.com',
  persona: 'QA engineer',
  avatarUrls: initialsAvatar('Quinn QA', '#6554C0'),
  timeZone: 'Europe/Lisbon',
  locale: 'en_GB',
  groups: ['jira-software-users', 'qa'],
  projectRoles: ['QA'],
  rights: FULL_MEMBER,
};

export const PRIYA: DemoUser = {
  accountId: '5d8f2b6c1e4a7b0012c3d4e5',
  displayName: 'Priya PM',
  emailAddress: 'priya@example.com',
  persona: 'Product manager',
  avatarUrls: initialsAvatar('Priya PM', '#FF8B00'),
  timeZone: 'America/New_York',
  locale: 'en_US',
  groups: ['jira-software-users'],
  projectRoles: ['Product'],
  rights: FULL_MEMBER,
};

export const ALEX: DemoUser = {
  accountId: '712020:0e9f7d21-3c5b-4a68-8e1f-2b4d6c8a0f13',
  displayName: 'Alex Admin',
  emailAddress: 'alex@example.com',
  persona: 'Project admin and Jira admin',
  avatarUrls: initialsAvatar('Alex Admin', '#DE350B'),
  timeZone: 'Europe/London',
  locale: 'en_GB',
  groups: ['jira-software-users', 'jira-admins-shipshape-sandbox', 'site-admins'],
  projectRoles: ['Administrators'],
  rights: { browse: true, edit: true, transition: true, administerProject: true, jiraAdmin: true },
};

export const VICTOR: DemoUser = {
  accountId: '62a1f0c9d8e7b6a5f4e3d2c1',
  displayName: 'Victor Viewer',
  emailAddress: 'victor@example.com',
  persona: 'Stakeholder who can only look',
  avatarUrls: initialsAvatar('Victor Viewer', '#5E6C84'),
  timeZone: 'Australia/Sydney',
  locale: 'en_AU',
  groups: ['jira-users-view-only'],
  projectRoles: ['Viewers'],
  rights: { browse: true, edit: false, transition: false, administerProject: false, jiraAdmin: false },
};

/** Everyone who can sign in, in the order the user switcher lists them. */
export const DEMO_USERS: readonly DemoUser[] = Object.freeze([EMMA, QUINN, PRIYA, ALEX, VICTOR]);

/** Group ids as Jira reports them (uuids), by group name. */
export const GROUP_IDS: Readonly<Record<string, string>> = {
  'jira-software-users': '0f3c8d9e-1a2b-4c5d-8e6f-7a8b9c0d1e2f',
  qa: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  'jira-admins-shipshape-sandbox': 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  'site-admins': 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f',
  'jira-users-view-only': 'e2d4f6a8-b0c2-4d4e-8f6a-8b0c2d4e6f8a',
};

export function findUserByAccountId(accountId: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.accountId === accountId);
}

export function findUserByEmail(email: string): DemoUser | undefined {
  const wanted = email.trim().toLowerCase();
  return DEMO_USERS.find((user) => user.emailAddress === wanted);
}

/** Everyone in a project role (by role name). */
export function usersInRole(roleName: string): DemoUser[] {
  return DEMO_USERS.filter((user) => user.projectRoles.includes(roleName));
}
