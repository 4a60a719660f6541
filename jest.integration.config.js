// Every integration suite, against the real local stack (started once by the
// global setup, or given by `npm test`). Per project:
// `npx nx run <project>:integration`.
const { projectConfigs } = require('./jest.preset.js');

module.exports = {
  projects: projectConfigs('jest.integration.config.js'),
  maxWorkers: 2,
  // A global option: with several projects jest ignores it per project.
  testTimeout: 60_000,
};
