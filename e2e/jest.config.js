// Unit tests of the end-to-end tooling (the chaos run's pure parts, e.g. its
// seeded fault plan): no services, no stack. The end-to-end tests themselves
// are e2e/jest.integration.config.js.
const { unitConfig } = require('../jest.preset.js');

module.exports = {
  ...unitConfig(__dirname, 'e2e'),
  testMatch: ['<rootDir>/chaos/**/*.spec.ts'],
};
