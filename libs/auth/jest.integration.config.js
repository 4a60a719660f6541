// Against the real local Keycloak (never a fake identity provider): its
// global setup starts it when OIDC_ISSUER is not set.
module.exports = require('../../jest.preset.js').integrationConfig(__dirname, 'auth', {
  oidc: true,
});
