// The end-to-end tests run the services' production bundles (dist/services/),
// so they are built first, through the Nx build targets: never a stale bundle
// (a second or two from Nx's cache when nothing changed). Then the shared
// set-up of the integration tier (the local stack).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const stackSetup = require('../libs/testing/src/jest/global-setup.js');

module.exports = async function globalSetup(...args) {
  const root = path.resolve(__dirname, '..');
  const built = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=tag:type:service', '--output-style=static'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  if (built.status !== 0) throw new Error(`building the services failed:\n${built.stdout ?? ''}`);
  // The services verify tokens (libs/auth): Keycloak is part of the stack here.
  return stackSetup(args[0], args[1], { oidc: true });
};
