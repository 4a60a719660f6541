module.exports = require('../../jest.preset.js').integrationConfig(__dirname, 'monitoring-intake', {
  oidc: true,
});
