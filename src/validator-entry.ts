/**
 * The workflow validator's own entry file. Forge bundles each handler file the manifest names
 * separately, and this function runs on every gated transition, so it gets a bundle of its own
 * that carries only the validator (see the bundle row of `npm run bench`). Every other handler
 * is re-exported from `index.ts`.
 */
export { validateTransition } from './validator/forge-validator';
