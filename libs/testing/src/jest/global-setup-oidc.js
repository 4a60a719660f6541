// Global setup of the integration projects that need the identity provider
// (integrationConfig(dir, name, { oidc: true })): the stack as for every
// project, and Keycloak even when Kafka and MongoDB come from the environment.
const globalSetup = require('./global-setup');

module.exports = (globalConfig, projectConfig) =>
  globalSetup(globalConfig, projectConfig, { oidc: true });
