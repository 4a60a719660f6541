// End-to-end tests: several services in one process, on the real local stack.
// They run with the integration tier (`npm test`), or alone:
// `npx nx run e2e:integration`.
const { integrationConfig } = require('../jest.preset.js');

module.exports = {
  ...integrationConfig(__dirname, 'e2e'),
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
};
