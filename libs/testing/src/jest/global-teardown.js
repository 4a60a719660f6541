// Stops what the global setup started (nothing, when the stack was already
// running or given through the environment). KEEP_STACK=1 leaves it running.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalTeardown() {
  const started = globalThis.__INSPECTORATE_STACK_STARTED__ ?? [];
  if (started.length === 0 || process.env.KEEP_STACK === '1') return;
  const root = path.resolve(__dirname, '../../../..');
  const stack = await import(pathToFileURL(path.join(root, 'deploy/local/stack.mjs')).href);
  await stack.down({ quiet: true, only: started });
};
