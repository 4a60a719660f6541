// Jest global setup for every integration suite: make sure the real local
// stack (Kafka broker, FerretDB, mail catcher) runs, and hand its addresses to
// the test workers through the environment; Keycloak too when a project of
// the run uses global-setup-oidc.js (and OIDC_ISSUER is not set). When
// KAFKA_BROKERS and MONGODB_URI are already set (by `npm test`, which starts
// Keycloak with the rest, or pointing at other servers), only that Keycloak
// may be started here.
//
// Jest runs each distinct global setup module once per run (not once per
// project), so the stack is checked once, plus once more for Keycloak.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

function exportOidc(oidc) {
  if (!oidc) return;
  process.env.OIDC_ISSUER = oidc.issuer;
  process.env.OIDC_JWKS_URL = oidc.jwksUrl;
  process.env.OIDC_AUDIENCE = oidc.audience;
}

const root = path.resolve(__dirname, '../../../..');

// Once per jest run: the topics earlier runs left on a long-lived local broker
// (libs/test-stack/src/test-topics.ts says why). Never fatal: a broker that
// cannot be reached fails the tests themselves, with their own message.
async function pruneOnce() {
  if (globalThis.__INSPECTORATE_TOPICS_PRUNED__ || !process.env.KAFKA_BROKERS) return;
  globalThis.__INSPECTORATE_TOPICS_PRUNED__ = true;
  const { pruneTestTopics } = require(path.join(root, 'libs/test-stack/src/test-topics.ts'));
  try {
    const deleted = await pruneTestTopics(process.env.KAFKA_BROKERS.split(','));
    if (deleted > 0) console.log(`[stack] deleted ${deleted} topics of finished test runs`);
  } catch (error) {
    console.warn(`[stack] could not prune finished test runs' topics: ${error.message}`);
  }
}

async function globalSetup(globalConfig, projectConfig, opts = {}) {
  await setUp(opts);
  await pruneOnce();
}

async function setUp(opts) {
  const started = (globalThis.__INSPECTORATE_STACK_STARTED__ ??= []);
  const external = Boolean(process.env.KAFKA_BROKERS && process.env.MONGODB_URI);
  if (external && (!opts.oidc || process.env.OIDC_ISSUER)) return;
  const stack = await import(pathToFileURL(path.join(root, 'deploy/local/stack.mjs')).href);
  if (external) {
    // Kafka and MongoDB are given; the identity provider is not: the local one.
    const info = await stack.up({ quiet: true, only: ['keycloak'] });
    exportOidc(info.oidc);
    started.push(...info.startedNow);
    return;
  }
  // Keycloak (a JVM, 15-30 s to start, a minute or more the first time) only when
  // a project in this run needs it: global-setup-oidc.js then starts it next.
  const info = await stack.up({
    quiet: true,
    ...(opts.oidc ? {} : { only: ['kafka', 'ferretdb', 'mailcatcher'] }),
  });
  process.env.KAFKA_BROKERS = info.kafkaBrokers;
  process.env.MONGODB_URI = info.mongodbUri;
  if (info.smtp) {
    process.env.SMTP_HOST = info.smtp.host;
    process.env.SMTP_PORT = String(info.smtp.port);
  }
  if (info.mailApi) process.env.MAIL_CATCHER_API = info.mailApi;
  if (!process.env.OIDC_ISSUER) exportOidc(info.oidc);
  started.push(...info.startedNow);
}

module.exports = globalSetup;
