export { validateTransition } from './validator/forge-validator';
export { issueResolver } from './resolvers/forge-issue-resolvers';
