import type { SignOffState } from '../daci/sign-off';
import type { SignOffStanding } from './index-schema';

const STANDING: Readonly<Record<SignOffState, SignOffStanding>> = {
  approved: 'current',
  rejected: 'rejected',
  stale: 'stale',
  'stale-rejection': 'stale',
  none: 'none',
};

/** How a decision's latest answer stands in the index: a rejection the decision changed since is no longer an answer either. */
export const signOffStanding = (state: SignOffState): SignOffStanding => STANDING[state];
