// End-to-end tests: the services' production bundles in one process, on the
// real local stack (see the top of monitoring-herstelopdracht.e2e-spec.ts for
// why in one process). They run with the integration tier (`npm test`), or
// alone: `npx nx run e2e:integration`. The global setup builds the bundles first.
const path = require('node:path');
const { integrationConfig } = require('../jest.preset.js');

module.exports = {
  ...integrationConfig(__dirname, 'e2e'),
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: path.join(__dirname, 'global-setup.js'),
};
