import { forgeResolverDeps } from '../resolvers/forge-resolver-deps';
import { configResolvers } from './config-resolvers';

/** The `config-resolver` function: the configuration screens' resolvers wired to Forge's adapters. */
export const configResolver = configResolvers(forgeResolverDeps);
