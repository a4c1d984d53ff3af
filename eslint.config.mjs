// ESLint for the whole project (npm test runs it): typescript-eslint's recommended rules, and the
// React hooks rules for the Custom UI apps in static/.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'test-results/',
      '.sandbox/',
      'static/*/build/',
      'static/*/.build-*/',
      'scripts/deploy/generated/',
      'scripts/deploy/forge-runtime-stand-in/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a value dropped on purpose (a field left out of a copy, an unused parameter of a fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // What ships: the Custom UI screens and the build's own React pieces get every recommended hooks rule.
    files: ['static/**/*.{ts,tsx}', 'bench/bare-react/**/*.{ts,tsx}', 'scripts/custom-ui/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The sandbox's own pages (development tooling, never deployed) and the browser suites' probe
    // app: the two rules of hooks, without the React Compiler's stricter render-purity rules.
    files: ['sandbox/chrome/**/*.{ts,tsx}', 'test/browser/probe-app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
