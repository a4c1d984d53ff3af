import { forgeResolverDeps } from '../resolvers/forge-resolver-deps';
import { insightsResolvers } from './insights-resolvers';

/** The `insights-resolver` function: the insights page's and gadget's resolvers wired to Forge's adapters. */
export const insightsResolver = insightsResolvers(forgeResolverDeps);
