/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Transpile only: `npm test` type-checks the whole project with tsc before jest runs.
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: { module: 'commonjs', moduleResolution: 'node' } }] },
  setupFiles: ['<rootDir>/test/jest-setup.ts'],
  // Builds static/ (the Custom UI apps) once before browser suites run; see the file.
  globalSetup: '<rootDir>/test/global-setup.ts',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
