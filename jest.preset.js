// Shared jest settings. Every project's jest config is built from one of the two
// functions below, so unit and integration tiers look the same everywhere.
const path = require('node:path');

const root = __dirname;

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // Nest's dependency injection and mongoose's @Prop read design-time types.
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// jose 6 ships only ES modules; jest (on Node 20) cannot require those, so
// its files are compiled to CommonJS like our own. Node itself loads it as is.
const esmPackages = ['jose', '@apidevtools/json-schema-ref-parser'];
const swcEsm = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

const base = (dir, name) => ({
  displayName: name,
  rootDir: dir,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: swcEsm,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@inspectorate/(.*)$': path.join(root, 'libs/$1/src/index.ts') },
  clearMocks: true,
});

/** Unit tier: `*.spec.ts` beside the code. No broker, no database. */
function unitConfig(dir, name) {
  return {
    ...base(dir, name),
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
  };
}

/**
 * Integration tier: `test/integration/*.integration-spec.ts`, against the real
 * local Kafka broker and FerretDB, started once by the global setup.
 * opts.oidc: the project also needs the identity provider (OIDC_ISSUER): its
 * setup starts the local Keycloak even when Kafka and MongoDB are given.
 */
function integrationConfig(dir, name, opts = {}) {
  const setup = opts.oidc ? 'global-setup-oidc.js' : 'global-setup.js';
  return {
    ...base(dir, `${name}:integration`),
    testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
    globalSetup: path.join(root, 'libs/testing/src/jest', setup),
    globalTeardown: path.join(root, 'libs/testing/src/jest/global-teardown.js'),
    testTimeout: 60_000,
  };
}

module.exports = { unitConfig, integrationConfig };

/** `<rootDir>/libs/x/<file>` for every project (libs, services, charts, e2e) that has one. */
function projectConfigs(file) {
  const fs = require('node:fs');
  const found = [];
  for (const group of ['libs', 'services', 'charts']) {
    const dir = path.join(root, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (fs.existsSync(path.join(dir, name, file)))
        found.push(`<rootDir>/${group}/${name}/${file}`);
    }
  }
  // The end-to-end project spans services and lives beside them; scripts/ is the tooling.
  for (const dir of ['e2e', 'scripts'])
    if (fs.existsSync(path.join(root, dir, file))) found.push(`<rootDir>/${dir}/${file}`);
  return found;
}

module.exports.projectConfigs = projectConfigs;
