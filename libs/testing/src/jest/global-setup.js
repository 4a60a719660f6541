// Jest global setup for every integration suite: make sure the real local
// stack (Kafka broker, FerretDB, mail catcher) runs, and hand its addresses to
// the test workers through the environment. When KAFKA_BROKERS and MONGODB_URI
// are already set (by `npm test`, or pointing at other servers), nothing is
// started here.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  if (process.env.KAFKA_BROKERS && process.env.MONGODB_URI) return;
  const root = path.resolve(__dirname, '../../../..');
  const stack = await import(pathToFileURL(path.join(root, 'deploy/local/stack.mjs')).href);
  const info = await stack.up({ quiet: true });
  process.env.KAFKA_BROKERS = info.kafkaBrokers;
  process.env.MONGODB_URI = info.mongodbUri;
  if (info.smtp) {
    process.env.SMTP_HOST = info.smtp.host;
    process.env.SMTP_PORT = String(info.smtp.port);
  }
  if (info.mailApi) process.env.MAIL_CATCHER_API = info.mailApi;
  globalThis.__INSPECTORATE_STACK_STARTED__ = info.startedNow ?? [];
};
