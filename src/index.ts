export { validateTransition } from './validator/forge-validator';
