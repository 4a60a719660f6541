const { integrationConfig } = require('../../jest.preset.js');
const c = integrationConfig(__dirname, 'charts');
module.exports = {
  ...c,
  testMatch: ['<rootDir>/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
