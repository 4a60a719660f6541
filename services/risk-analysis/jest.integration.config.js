// Needs the identity provider too: every route but health and metrics takes a token.
module.exports = require('../../jest.preset.js').integrationConfig(__dirname, 'risk-analysis', {
  oidc: true,
});
