// Every unit test in the workspace, in one jest run (one worker pool is
// faster than a jest process per project on a 2-core machine). Per project:
// `npx nx test <project>`.
const { projectConfigs } = require('./jest.preset.js');

module.exports = { projects: projectConfigs('jest.config.js') };
