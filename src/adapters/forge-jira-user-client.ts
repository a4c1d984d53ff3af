import api from '@forge/api';
import type { JiraClient } from '../ports/jira-client';
import { forgeJiraClientOver } from './forge-jira-client';

/**
 * Calls Jira as the person who invoked the resolver (Forge's asUser()), so Jira answers with that
 * person's permissions. Only meaningful inside a resolver invocation.
 */
export const forgeJiraUserClient: JiraClient = forgeJiraClientOver(() => api.asUser());
