// Tests of the workspace's own tooling: `npm start`'s supervisor, the build, the Dockerfile.
const { unitConfig } = require('../jest.preset.js');

module.exports = {
  ...unitConfig(__dirname, 'scripts'),
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
};
