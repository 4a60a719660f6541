// On the real stack and the real local Keycloak (never a fake identity
// provider): its global setup starts Keycloak when OIDC_ISSUER is not set.
module.exports = require('../../jest.preset.js').integrationConfig(__dirname, 'gateway', {
  oidc: true,
});
