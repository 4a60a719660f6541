// The boot check of every service is one suite: e2e/test/boot.e2e-spec.ts.
// This tier holds risk-analysis's own integration tests once it has some.
module.exports = {
  ...require('../../jest.preset.js').integrationConfig(__dirname, 'risk-analysis', { oidc: true }),
  passWithNoTests: true,
};
