import { forgeResolverDeps } from './forge-resolver-deps';
import { issueResolvers } from './issue-resolvers';

/** The `issue-resolver` function: the panel's resolvers wired to Forge's adapters. */
export const issueResolver = issueResolvers(forgeResolverDeps);
