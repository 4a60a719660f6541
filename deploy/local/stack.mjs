#!/usr/bin/env node
// The real local stack, without Docker: an Apache Kafka broker (KRaft, single
// node, from Maven Central jars), FerretDB v1 (MongoDB wire protocol on
// SQLite, built through the Go module proxy), a mail catcher (SMTP on
// loopback with a JSON API), Keycloak (the OpenID Connect provider, from
// Maven Central, realm imported from deploy/local/keycloak), and the helm CLI
// for the chart tests.
//
//   node deploy/local/stack.mjs install [--no-helm] | up [--helm] [--only=a,b] | down [--wipe] | status
//
// Also a library (scripts/dev.mjs and jest's global setup import it):
//   install(opts)  fetch/build what is missing into deploy/local/.cache
//   up(opts)       install if needed, start what is not running, wait until ready
//                  -> { kafkaBrokers, mongodbUri, smtp, mailApi, oidc, helm, startedNow, skipped }
//                  ({ only: [names] } starts just those components)
//   down(opts)     stop what this stack started ({ only: [names], wipe: true })
//   status(opts)   what runs where
//   ensureHelm()   path of the helm binary, built on first use
//
// Only node built-ins: this runs before `npm ci` has. Ports, folders and
// environment variables: deploy/local/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CACHE = path.join(HERE, '.cache');
// LOCAL_STACK_DIR puts a stack's data (<dir>/data) and its pid files, logs and
// locks (<dir>/run) elsewhere: with other LOCAL_*_PORTs that is a second stack
// beside the default one that neither sees nor stops the other (the chaos
// harness stops and restarts its own broker and database server this way).
const stackDir = () =>
  process.env.LOCAL_STACK_DIR ? path.resolve(ROOT, process.env.LOCAL_STACK_DIR) : null;
const dataDir = () => (stackDir() ? path.join(stackDir(), 'data') : path.join(HERE, '.data'));
const runDir = () => (stackDir() ? path.join(stackDir(), 'run') : path.join(HERE, '.run'));
const BIN = path.join(CACHE, 'bin');

const KAFKA_POM = path.join(HERE, 'kafka/pom.xml');
const KAFKA_LIBS = path.join(CACHE, 'kafka/libs');
const KAFKA_STAMP = path.join(CACHE, 'kafka/installed.stamp');
const FERRET_SRC = path.join(HERE, 'ferretdb');
const FERRET_BIN = path.join(BIN, 'ferretdb-local');
const HELM_BIN = path.join(BIN, 'helm');
const MAILCATCHER = path.join(HERE, 'mailcatcher.mjs');
const KEYCLOAK_CACHE = path.join(CACHE, 'keycloak');
const KEYCLOAK_STAMP = path.join(KEYCLOAK_CACHE, 'installed.stamp');
// The realm files Keycloak imports at start (its directory import reads
// every `<realm>-realm.json` in this folder).
const KEYCLOAK_REALMS = path.join(HERE, 'keycloak');
const KEYCLOAK_REALM = 'inspectorate';
const KEYCLOAK_REALM_FILE = path.join(KEYCLOAK_REALMS, `${KEYCLOAK_REALM}-realm.json`);
const keycloakData = () => path.join(dataDir(), 'keycloak');
// Which realm file (and Keycloak version) the dev database in keycloakData() was made from.
const keycloakDataStamp = () => path.join(keycloakData(), 'realm.stamp');

const DEFAULT_HELM_VERSION = 'v3.21.4';
const helmVersion = () => process.env.LOCAL_HELM_VERSION || DEFAULT_HELM_VERSION;
// 26.7.x still runs on Java 17 (measured: docs/adr, the local identity provider).
const DEFAULT_KEYCLOAK_VERSION = '26.7.3';
const keycloakVersion = () => process.env.LOCAL_KEYCLOAK_VERSION || DEFAULT_KEYCLOAK_VERSION;
const keycloakHome = () => path.join(KEYCLOAK_CACHE, `keycloak-${keycloakVersion()}`);

const kafkaVersion = () =>
  /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(fs.readFileSync(KAFKA_POM, 'utf8'))?.[1] ?? '?';
const ferretVersion = () =>
  /github\.com\/FerretDB\/FerretDB (v[^\s]+)/.exec(
    fs.readFileSync(path.join(FERRET_SRC, 'go.mod'), 'utf8'),
  )?.[1] ?? '?';

// ------------------------------------------------------------------ settings

function envPort(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new Error(`${name}=${raw} is not a TCP port (1-65535)`);
  }
  return n;
}

/** Ports of this run, from the environment or the defaults. */
export function ports() {
  return {
    kafka: envPort('LOCAL_KAFKA_PORT', 19092),
    kafkaController: envPort('LOCAL_KAFKA_CONTROLLER_PORT', 19093),
    mongo: envPort('LOCAL_MONGO_PORT', 37017),
    smtp: envPort('LOCAL_SMTP_PORT', 11025),
    mailApi: envPort('LOCAL_MAIL_API_PORT', 11080),
    keycloak: envPort('LOCAL_KEYCLOAK_PORT', 18080),
  };
}

const PORT_ENV = {
  kafka: 'LOCAL_KAFKA_PORT',
  kafkaController: 'LOCAL_KAFKA_CONTROLLER_PORT',
  mongo: 'LOCAL_MONGO_PORT',
  smtp: 'LOCAL_SMTP_PORT',
  mailApi: 'LOCAL_MAIL_API_PORT',
  keycloak: 'LOCAL_KEYCLOAK_PORT',
};

// ------------------------------------------------------------------ helpers

let quiet = false;
const say = (msg) => {
  if (!quiet) process.stderr.write(`[stack] ${msg}\n`);
};
const since = (t) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

const fileSize = (file) => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};

/** The last lines a log got since offset `from` (what the current start wrote). */
function tail(file, from = 0, lines = 40) {
  let text = '';
  try {
    const fd = fs.openSync(file, 'r');
    const size = fileSize(file);
    const start = Math.max(from > size ? 0 : from, size - 64 * 1024); // rolled over: all of it
    const buf = Buffer.alloc(size - start);
    fs.readSync(fd, buf, 0, buf.length, start);
    fs.closeSync(fd);
    text = buf.toString('utf8').trim();
  } catch {
    /* missing */
  }
  return text ? text.split('\n').slice(-lines).join('\n') : null;
}

const TOOLS = {
  java: {
    args: ['-version'],
    hint: 'a Java runtime (17 or newer) runs the Kafka broker and Keycloak; on Debian: apt-get install openjdk-17-jre-headless',
  },
  mvn: {
    args: ['-v'],
    hint: 'Maven fetches the Kafka jars and Keycloak from Maven Central; on Debian: apt-get install maven',
  },
  go: {
    args: ['version'],
    hint: 'Go (1.24 or newer) builds FerretDB and helm through the Go module proxy',
  },
};
const toolOk = new Map();
/** Fails with a clear message when a tool the next step needs is missing. */
function requireTool(tool) {
  if (toolOk.get(tool)) return;
  const res = spawnSync(tool, TOOLS[tool].args, { encoding: 'utf8' });
  if (res.error) {
    throw new Error(`${tool} is not installed or not on PATH: ${TOOLS[tool].hint}`);
  }
  if (tool === 'java') {
    const major = Number(/version "(?:1\.)?(\d+)/.exec(`${res.stderr}${res.stdout}`)?.[1]);
    if (major && major < 17) throw new Error(`java ${major} is too old: ${TOOLS.java.hint}`);
  }
  toolOk.set(tool, true);
}

/** Runs a command to completion; rejects with the tail of its output. */
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    const keep = (d) => {
      out = (out + d).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}):\n${out.slice(-4000)}`)),
    );
  });
}

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  const stat = readText(`/proc/${pid}/stat`);
  return !stat || !/^\d+ \(.*\) Z/s.test(stat); // a zombie has exited
}

function cmdline(pid) {
  const raw = readText(`/proc/${pid}/cmdline`);
  return raw === null ? null : raw.split('\0').join(' ');
}

function portOpen(port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/** Sends one request and resolves with the first complete reply frame. */
function roundTrip(port, frame, frameLength, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    let buf = Buffer.alloc(0);
    const fail = (e) => {
      s.destroy();
      reject(e);
    };
    s.setTimeout(timeoutMs, () => fail(new Error(`no reply on port ${port}`)));
    s.once('error', fail);
    s.once('close', () => reject(new Error(`port ${port} closed the connection`)));
    s.once('connect', () => s.write(frame));
    s.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      const n = buf.length >= 4 ? frameLength(buf) : Infinity;
      if (buf.length >= n) {
        s.destroy();
        resolve(buf.subarray(0, n));
      }
    });
  });
}

// ------------------------------------------------------------------ probes

/**
 * Kafka Metadata v1 request for no topics: ready once the broker answers with
 * itself in the broker list and a controller id.
 */
async function kafkaReady(port) {
  const clientId = Buffer.from('stack-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let o = body.writeInt16BE(3, 0); // api key: Metadata
  o = body.writeInt16BE(1, o); // api version 1
  o = body.writeInt32BE(0x5747, o); // correlation id
  o = body.writeInt16BE(clientId.length, o);
  o += clientId.copy(body, o);
  body.writeInt32BE(0, o); // topics: none (v1: an empty array, not null)
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  const res = await roundTrip(port, Buffer.concat([size, body]), (b) => 4 + b.readInt32BE(0));
  if (res.readInt32BE(4) !== 0x5747) return false;
  let p = 8;
  const brokers = res.readInt32BE(p);
  p += 4;
  for (let i = 0; i < brokers; i++) {
    p += 4; // node id
    p += 2 + res.readInt16BE(p); // host
    p += 4; // port
    const rack = res.readInt16BE(p);
    p += 2 + Math.max(rack, 0);
  }
  const controller = res.readInt32BE(p);
  return brokers >= 1 && controller >= 0;
}

/** Skips one BSON value of `type` at `p`; returns the offset after it. */
function bsonSkip(buf, type, p) {
  const cstringEnd = (q) => buf.indexOf(0, q) + 1;
  switch (type) {
    case 0x01: // double
    case 0x09: // datetime
    case 0x11: // timestamp
    case 0x12: // int64
      return p + 8;
    case 0x02: // string
    case 0x0d: // javascript
    case 0x0e: // symbol
      return p + 4 + buf.readInt32LE(p);
    case 0x03: // document
    case 0x04: // array
    case 0x0f: // code with scope
      return p + buf.readInt32LE(p);
    case 0x05: // binary
      return p + 5 + buf.readInt32LE(p);
    case 0x07: // object id
      return p + 12;
    case 0x08: // bool
      return p + 1;
    case 0x0a: // null
    case 0x06: // undefined
    case 0x7f: // max key
    case 0xff: // min key
      return p;
    case 0x0b: // regex
      return cstringEnd(cstringEnd(p));
    case 0x0c: // db pointer
      return p + 4 + buf.readInt32LE(p) + 12;
    case 0x10: // int32
      return p + 4;
    case 0x13: // decimal128
      return p + 16;
    default:
      throw new Error(`unknown BSON type ${type}`);
  }
}

/** The numeric `ok` of a top-level BSON document. */
function bsonOk(buf, start) {
  const end = start + buf.readInt32LE(start) - 1;
  let p = start + 4;
  while (p < end) {
    const type = buf[p];
    const nameEnd = buf.indexOf(0, p + 1);
    const name = buf.toString('utf8', p + 1, nameEnd);
    p = nameEnd + 1;
    if (name === 'ok') {
      if (type === 0x01) return buf.readDoubleLE(p);
      if (type === 0x10) return buf.readInt32LE(p);
      if (type === 0x12) return Number(buf.readBigInt64LE(p));
      if (type === 0x08) return buf[p];
      return 0;
    }
    p = bsonSkip(buf, type, p);
  }
  return 0;
}

function bsonDoc(elements) {
  const parts = [];
  for (const [name, value] of Object.entries(elements)) {
    const key = Buffer.from(`${name}\0`);
    if (typeof value === 'number') {
      const v = Buffer.alloc(4);
      v.writeInt32LE(value);
      parts.push(Buffer.from([0x10]), key, v);
    } else {
      const s = Buffer.from(`${value}\0`);
      const len = Buffer.alloc(4);
      len.writeInt32LE(s.length);
      parts.push(Buffer.from([0x02]), key, len, s);
    }
  }
  const body = Buffer.concat(parts);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + body.length + 1);
  return Buffer.concat([size, body, Buffer.from([0])]);
}

/** MongoDB OP_MSG `{ ping: 1, $db: 'admin' }`: ready when it answers `ok: 1`. */
async function mongoReady(port) {
  const doc = bsonDoc({ ping: 1, $db: 'admin' });
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + 4 + 1 + doc.length, 0); // length
  header.writeInt32LE(0x5747, 4); // request id
  header.writeInt32LE(0, 8); // response to
  header.writeInt32LE(2013, 12); // OP_MSG
  const msg = Buffer.concat([header, Buffer.alloc(4), Buffer.from([0]), doc]); // flags, kind 0
  const res = await roundTrip(port, msg, (b) => b.readInt32LE(0));
  if (res.readInt32LE(12) !== 2013 || res.readInt32LE(8) !== 0x5747 || res[20] !== 0) return false;
  return bsonOk(res, 21) === 1;
}

/** Mail catcher: its API answers /health and its SMTP port greets with 220. */
async function mailReady(p) {
  const res = await fetch(`http://127.0.0.1:${p.mailApi}/health`, {
    signal: AbortSignal.timeout(1500),
  });
  if (!res.ok) return false;
  const greeting = await new Promise((resolve) => {
    const s = net.connect({ port: p.smtp, host: '127.0.0.1' });
    const done = (v) => {
      s.end('QUIT\r\n');
      s.destroy();
      resolve(v);
    };
    s.setTimeout(1500, () => done(''));
    s.once('error', () => done(''));
    s.once('data', (d) => done(String(d)));
  });
  return greeting.startsWith('220');
}

/** The issuer URL of the local realm: fixed by --hostname, whatever host a client used. */
const keycloakIssuer = (p) => `http://127.0.0.1:${p.keycloak}/realms/${KEYCLOAK_REALM}`;

/**
 * Keycloak: ready once the realm's OpenID discovery document answers with the
 * issuer we expect (the server is up and the realm has been imported).
 */
async function keycloakReady(p) {
  const issuer = keycloakIssuer(p);
  const res = await fetch(`${issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(2000),
  });
  if (!res.ok) return false;
  const doc = await res.json();
  return doc.issuer === issuer && typeof doc.jwks_uri === 'string';
}

// ------------------------------------------------------------------ locks

const chains = new Map();
/**
 * Runs fn under a lock that is held across processes (a directory in .run/locks):
 * two `up()` at once (a terminal and a jest run) must not start two brokers.
 */
function withLock(name, fn, timeoutMs = 20 * 60_000) {
  const next = (chains.get(name) ?? Promise.resolve()).then(() =>
    withFileLock(name, fn, timeoutMs),
  );
  chains.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}

async function withFileLock(name, fn, timeoutMs) {
  // Installs fill the one .cache every stack shares: their locks stay in the
  // default .run even for a stack of its own (LOCAL_STACK_DIR).
  const locks = name === 'up' ? runDir() : path.join(HERE, '.run');
  const dir = path.join(locks, 'locks', `${name}.lock`);
  const ownerFile = path.join(dir, 'owner');
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(ownerFile, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(readText(ownerFile));
      let age = 0;
      try {
        age = Date.now() - fs.statSync(dir).mtimeMs;
      } catch {
        continue; // just released
      }
      if ((owner && !alive(owner)) || (!owner && age > 10_000)) {
        fs.rmSync(dir, { recursive: true, force: true }); // left by a process that died
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`gave up waiting for ${dir} (held by pid ${owner})`);
      }
      if (!told) {
        say(`waiting for another stack.mjs (pid ${owner}) to finish "${name}"…`);
        told = true;
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ install

const stampOk = (file, want) => readText(file) === want;

async function settleAll(promises) {
  const results = await Promise.allSettled(promises);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) throw new Error(failed.map((e) => e.message).join('\n\n'));
  return results.map((r) => r.value);
}

function installKafka() {
  return withLock('install-kafka', async () => {
    const version = kafkaVersion();
    const want = sha256(fs.readFileSync(KAFKA_POM));
    if (stampOk(KAFKA_STAMP, want) && fs.existsSync(KAFKA_LIBS)) return KAFKA_LIBS;
    requireTool('mvn');
    const t = Date.now();
    say(`kafka: downloading Kafka ${version} jars from Maven Central…`);
    const tmp = `${KAFKA_LIBS}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    const mvn = run('mvn', [
      '-q',
      '-B',
      '-f',
      KAFKA_POM,
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      `-DoutputDirectory=${tmp}`,
      '-DincludeScope=runtime',
    ]);
    await mvn.catch((error) => {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw error;
    });
    if (!fs.existsSync(path.join(tmp, `kafka_2.13-${version}.jar`))) {
      throw new Error(`mvn finished but ${tmp} has no kafka_2.13-${version}.jar`);
    }
    fs.rmSync(KAFKA_LIBS, { recursive: true, force: true });
    fs.renameSync(tmp, KAFKA_LIBS);
    fs.writeFileSync(KAFKA_STAMP, want);
    say(`kafka: ${fs.readdirSync(KAFKA_LIBS).length} jars ready (${since(t)})`);
    return KAFKA_LIBS;
  });
}

/**
 * Keycloak's server distribution from Maven Central, unpacked into
 * .cache/keycloak/keycloak-<version> (`dependency:unpack` of the one artifact:
 * resolving its dependency tree would ask repositories we cannot reach).
 */
function installKeycloak() {
  return withLock('install-keycloak', async () => {
    const version = keycloakVersion();
    const home = keycloakHome();
    const kcSh = path.join(home, 'bin/kc.sh');
    if (stampOk(KEYCLOAK_STAMP, version) && fs.existsSync(kcSh)) return home;
    requireTool('mvn');
    const t = Date.now();
    say(`keycloak: downloading Keycloak ${version} from Maven Central (about 170 MB)…`);
    const tmp = path.join(KEYCLOAK_CACHE, `.tmp-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    try {
      await run(
        'mvn',
        [
          '-q',
          '-B',
          'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack',
          `-Dartifact=org.keycloak:keycloak-quarkus-dist:${version}:tar.gz`,
          `-DoutputDirectory=${tmp}`,
        ],
        // Outside a project the plugin leaves a literal `${project.basedir}/target` in its
        // working directory: let that be the scratch folder removed below.
        { cwd: tmp },
      );
      const unpacked = path.join(tmp, `keycloak-${version}`);
      if (!fs.existsSync(path.join(unpacked, 'bin/kc.sh'))) {
        throw new Error(`mvn finished but ${unpacked} has no bin/kc.sh`);
      }
      fs.rmSync(home, { recursive: true, force: true });
      fs.renameSync(unpacked, home);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    fs.writeFileSync(KEYCLOAK_STAMP, version);
    say(`keycloak: ${version} unpacked (${since(t)})`);
    return home;
  });
}

const goEnv = (extra = {}) => ({ ...process.env, CGO_ENABLED: '0', ...extra });

function installFerret() {
  return withLock('install-ferretdb', async () => {
    requireTool('go');
    const goVersion = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
    const sources = ['go.mod', 'go.sum', 'main.go', 'ferretdb.patch'].map((f) =>
      fs.readFileSync(path.join(FERRET_SRC, f)),
    );
    const want = sha256(goVersion, ...sources);
    const stamp = `${FERRET_BIN}.stamp`;
    if (fs.existsSync(FERRET_BIN) && stampOk(stamp, want)) return FERRET_BIN;
    const t = Date.now();
    say(
      `ferretdb: building FerretDB ${ferretVersion()} (SQLite backend) through the Go module proxy…`,
    );
    fs.mkdirSync(BIN, { recursive: true });
    const tmp = `${FERRET_BIN}.tmp-${process.pid}`;
    const work = `${FERRET_BIN}.src-${process.pid}`;
    try {
      const cmd = await patchedFerretSources(work);
      await run('go', ['build', '-trimpath', '-o', tmp, '.'], {
        cwd: cmd,
        env: goEnv({ GOFLAGS: '-mod=mod -buildvcs=false' }),
      });
      fs.renameSync(tmp, FERRET_BIN); // atomic: a running ferretdb-local keeps its old inode
    } finally {
      fs.rmSync(tmp, { force: true });
      fs.rmSync(work, { recursive: true, force: true });
    }
    fs.writeFileSync(stamp, want);
    say(`ferretdb: built (${since(t)})`);
    return FERRET_BIN;
  });
}

/**
 * Lays out FerretDB's module source with deploy/local/ferretdb/ferretdb.patch
 * applied, plus our command with a `replace` pointing at it, under `work`;
 * returns the command's directory. The patch makes the SQLite backend use its
 * own _id index (upstream's lookups by _id scan the whole table), narrows any
 * filter with an _id condition by it, and pushes equality and $in on the
 * leading fields of the other indexes down to them: see the patch and ADR 0001.
 */
async function patchedFerretSources(work) {
  const version = ferretVersion();
  const json = await run(
    'go',
    ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${version}`],
    {
      cwd: FERRET_SRC,
      env: goEnv({ GOFLAGS: '-mod=mod' }),
    },
  );
  const { Dir: upstream } = JSON.parse(json.slice(json.indexOf('{')));
  const module = path.join(work, 'FerretDB');
  fs.cpSync(upstream, module, { recursive: true });
  makeWritable(module); // the module cache is read-only, and so are copies of it
  // The copy lives inside this repository's work tree: stop git from finding
  // the repository, or it would read the patch's paths from the repository root.
  await run('git', ['apply', '--whitespace=nowarn', path.join(FERRET_SRC, 'ferretdb.patch')], {
    cwd: module,
    env: { ...process.env, GIT_CEILING_DIRECTORIES: work },
  });
  const cmd = path.join(work, 'cmd');
  fs.mkdirSync(cmd);
  for (const f of ['go.mod', 'go.sum', 'main.go']) {
    fs.copyFileSync(path.join(FERRET_SRC, f), path.join(cmd, f));
  }
  await run('go', ['mod', 'edit', '-replace', `github.com/FerretDB/FerretDB=${module}`], {
    cwd: cmd,
  });
  return cmd;
}

function makeWritable(dir) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(file);
    else fs.chmodSync(file, 0o644);
  }
}

function installHelm() {
  return withLock('install-helm', async () => {
    const version = helmVersion();
    const stamp = `${HELM_BIN}.stamp`;
    if (fs.existsSync(HELM_BIN) && stampOk(stamp, version)) return HELM_BIN;
    requireTool('go');
    const t = Date.now();
    say(`helm: building helm ${version} through the Go module proxy (minutes the first time)…`);
    const gobin = path.join(BIN, `.helm-${process.pid}`);
    fs.mkdirSync(gobin, { recursive: true });
    try {
      await run(
        'go',
        [
          'install',
          '-trimpath',
          `-ldflags=-s -w -X helm.sh/helm/v3/internal/version.version=${version}`,
          `helm.sh/helm/v3/cmd/helm@${version}`,
        ],
        { cwd: BIN, env: goEnv({ GOBIN: gobin, GOFLAGS: '-buildvcs=false' }) },
      );
      fs.renameSync(path.join(gobin, 'helm'), HELM_BIN);
    } finally {
      fs.rmSync(gobin, { recursive: true, force: true });
    }
    fs.writeFileSync(stamp, version);
    say(`helm: ${version} built (${since(t)})`);
    return HELM_BIN;
  });
}

let helmPromise = null;
/** Path of the helm binary; builds it (once per process) when missing. */
export function ensureHelm(opts = {}) {
  if (opts.quiet !== undefined) quiet = opts.quiet;
  helmPromise ??= installHelm().catch((error) => {
    helmPromise = null; // let a later call try again
    throw error;
  });
  return helmPromise;
}

/**
 * Fetches and builds what is missing, in parallel: Kafka jars and Keycloak
 * (mvn), the FerretDB binary (go build) and helm (go install; skip with
 * { helm: false }).
 */
export async function install(opts = {}) {
  if (opts.quiet !== undefined) quiet = opts.quiet;
  const [libs, ferretdb, keycloak, helm] = await settleAll([
    installKafka(),
    installFerret(),
    installKeycloak(),
    opts.helm === false ? null : ensureHelm(),
  ]);
  return {
    kafka: { version: kafkaVersion(), libs },
    ferretdb: { version: ferretVersion(), bin: ferretdb },
    keycloak: { version: keycloakVersion(), home: keycloak },
    helm: helm ?? (fs.existsSync(HELM_BIN) ? HELM_BIN : null),
  };
}

// ------------------------------------------------------------------ components

const autoCreateTopics = () => process.env.LOCAL_KAFKA_AUTO_CREATE_TOPICS === 'true';

function writeKafkaConfig(p) {
  const dir = path.join(runDir(), 'kafka');
  fs.mkdirSync(dir, { recursive: true });
  const props = path.join(dir, 'server.properties');
  const log4j = path.join(dir, 'log4j.properties');
  const logDirs = path.join(dataDir(), 'kafka');
  const lines = [
    '# Written by deploy/local/stack.mjs at every start: edit the script, not this file.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${p.kafkaController}`,
    `listeners=PLAINTEXT://127.0.0.1:${p.kafka},CONTROLLER://127.0.0.1:${p.kafkaController}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${p.kafka}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${logDirs}`,
    // Like production, topics are provisioned explicitly (libs/messaging), never by a
    // typo; LOCAL_KAFKA_AUTO_CREATE_TOPICS=true turns auto-creation on.
    `auto.create.topics.enable=${autoCreateTopics()}`,
    'delete.topic.enable=true',
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=10',
    // One local broker: no reason to wait for more members before a group's first rebalance.
    'group.initial.rebalance.delay.ms=0',
    'num.network.threads=2',
    'num.io.threads=4',
    'log.retention.hours=168',
    'log.segment.bytes=104857600',
    '',
  ];
  fs.writeFileSync(props, lines.join('\n'));
  fs.writeFileSync(
    log4j,
    [
      '# Quiet console; warnings and the start/stop lines go to .run/kafka-server.log.',
      'log4j.rootLogger=WARN, file',
      'log4j.logger.kafka.server.KafkaRaftServer=INFO',
      'log4j.logger.kafka.server.BrokerServer=INFO',
      'log4j.appender.file=org.apache.log4j.RollingFileAppender',
      `log4j.appender.file.File=${path.join(runDir(), 'kafka-server.log')}`,
      'log4j.appender.file.MaxFileSize=20MB',
      'log4j.appender.file.MaxBackupIndex=2',
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
      '',
    ].join('\n'),
  );
  // For Kafka's command-line tools run by hand (see README): warnings to stderr.
  fs.writeFileSync(
    path.join(dir, 'tools-log4j.properties'),
    [
      'log4j.rootLogger=WARN, stderr',
      'log4j.appender.stderr=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stderr.Target=System.err',
      'log4j.appender.stderr.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n',
      '',
    ].join('\n'),
  );
  return { props, log4j, logDirs };
}

const kafkaJvm = (log4j) => [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
  `-Dlog4j.configuration=file:${log4j}`,
  ...(process.env.LOCAL_KAFKA_JVM_OPTS ?? '').split(/\s+/).filter(Boolean),
];

/** Same realm file and Keycloak version as the dev database was made from. */
const keycloakBuild = () => sha256(keycloakVersion(), '\0', fs.readFileSync(KEYCLOAK_REALM_FILE));

/**
 * Keycloak imports a realm only when it does not exist yet, so a dev database
 * made from another realm file (or another version, or a start that died
 * before the import finished and wrote no stamp) is removed first: the realm
 * file is imported afresh, with new signing keys.
 */
function prepareKeycloakData() {
  const want = keycloakBuild();
  if (readText(keycloakDataStamp()) === want) return;
  if (fs.existsSync(keycloakData())) {
    say(`keycloak: ${path.relative(ROOT, KEYCLOAK_REALM_FILE)} changed: new dev database`);
  }
  fs.rmSync(keycloakData(), { recursive: true, force: true });
  fs.mkdirSync(keycloakData(), { recursive: true });
}

const COMPONENTS = {
  kafka: {
    ports: ['kafka', 'kafkaController'],
    marker: 'kafka.Kafka',
    timeoutMs: 90_000,
    install: () => installKafka(),
    build: () => readText(KAFKA_STAMP),
    logs: () => [path.join(runDir(), 'kafka-server.log'), path.join(runDir(), 'kafka.log')],
    data: () => path.join(dataDir(), 'kafka'),
    ready: (p) => kafkaReady(p.kafka),
    async start(p) {
      requireTool('java');
      const { props, log4j, logDirs } = writeKafkaConfig(p);
      const cp = `${KAFKA_LIBS}/*`;
      if (!fs.existsSync(path.join(logDirs, 'meta.properties'))) {
        fs.mkdirSync(logDirs, { recursive: true });
        const clusterId = randomBytes(16).toString('base64url'); // 22 chars, like kafka-storage random-uuid
        say(`kafka: formatting storage in ${logDirs} (cluster ${clusterId})`);
        await run('java', [
          ...kafkaJvm(log4j),
          '-cp',
          cp,
          'kafka.tools.StorageTool',
          'format',
          '-t',
          clusterId,
          '-c',
          props,
          '--ignore-formatted',
        ]);
      }
      return startDetached('kafka', 'java', [...kafkaJvm(log4j), '-cp', cp, 'kafka.Kafka', props]);
    },
  },
  ferretdb: {
    ports: ['mongo'],
    marker: FERRET_BIN,
    timeoutMs: 30_000,
    install: () => installFerret(),
    build: () => readText(`${FERRET_BIN}.stamp`),
    // The build decides what the server pushes down to SQLite (ferretdb.patch),
    // and tests prove that on the running server: an old one would fail them.
    // A restart takes a second and keeps the data; clients reconnect.
    restartWhenOutdated: 'it runs an older build than ferretdb/ (patch, main.go, go.mod)',
    logs: () => [path.join(runDir(), 'ferretdb.log')],
    data: () => path.join(dataDir(), 'ferretdb'),
    ready: (p) => mongoReady(p.mongo),
    async start(p) {
      const data = path.join(dataDir(), 'ferretdb');
      fs.mkdirSync(data, { recursive: true });
      return startDetached('ferretdb', FERRET_BIN, [
        '-listen',
        `127.0.0.1:${p.mongo}`,
        '-data',
        data,
        '-log-level',
        process.env.LOCAL_FERRETDB_LOG_LEVEL || 'warn',
      ]);
    },
  },
  mailcatcher: {
    ports: ['smtp', 'mailApi'],
    marker: MAILCATCHER,
    timeoutMs: 15_000,
    build: () => sha256(fs.readFileSync(MAILCATCHER)),
    logs: () => [path.join(runDir(), 'mailcatcher.log')],
    data: () => null,
    unavailable() {
      const req = createRequire(path.join(ROOT, 'package.json'));
      for (const pkg of ['smtp-server', 'mailparser']) {
        try {
          req.resolve(pkg);
        } catch {
          return `npm package ${pkg} is not installed yet (npm ci)`;
        }
      }
      return null;
    },
    ready: (p) => mailReady(p),
    async start(p) {
      return startDetached('mailcatcher', process.execPath, [MAILCATCHER], {
        LOCAL_SMTP_PORT: String(p.smtp),
        LOCAL_MAIL_API_PORT: String(p.mailApi),
      });
    },
  },
  keycloak: {
    ports: ['keycloak'],
    marker: KEYCLOAK_CACHE,
    // The first start after unpacking builds (augments) the server and imports
    // the realm: about a minute on a quiet machine, but over three minutes was
    // seen with both cores busy, so a fresh CI machine gets room for that.
    timeoutMs: 420_000,
    install: () => installKeycloak(),
    build: keycloakBuild,
    // A realm edited while it runs is re-imported at once: restart with a new dev database.
    restartWhenOutdated: 'the realm file changed since it started',
    logs: () => [path.join(runDir(), 'keycloak.log')],
    data: () => keycloakData(),
    ready: (p) => keycloakReady(p),
    afterReady: () => fs.writeFileSync(keycloakDataStamp(), keycloakBuild()),
    async start(p) {
      requireTool('java');
      prepareKeycloakData();
      return startDetached(
        'keycloak',
        'sh',
        [
          path.join(keycloakHome(), 'bin/kc.sh'),
          'start-dev',
          '--http-host',
          '127.0.0.1',
          '--http-port',
          String(p.keycloak),
          // A fixed issuer: tokens say http://127.0.0.1:<port>/realms/… whichever host name
          // the client used (localhost would otherwise give another `iss`).
          '--hostname',
          `http://127.0.0.1:${p.keycloak}`,
          // The dev (H2) database under .data, not inside the unpacked distribution.
          `-Dkc.db-url-path=${keycloakData()}`,
          // Import every <realm>-realm.json of deploy/local/keycloak when that realm is missing.
          '-Dkeycloak.migration.action=import',
          '-Dkeycloak.migration.provider=dir',
          `-Dkeycloak.migration.dir=${KEYCLOAK_REALMS}`,
          '-Dkeycloak.migration.strategy=IGNORE_EXISTING',
        ],
        {
          // Replaces only the script's heap defaults (70% of RAM); JAVA_OPTS would drop
          // all its other options. C1 only: starts in about half the time.
          JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx256m -XX:TieredStopAtLevel=1',
          JAVA_OPTS_APPEND: process.env.LOCAL_KEYCLOAK_JVM_OPTS ?? '',
          // The master realm's admin (admin console), created at the first start. Local only.
          KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
        },
      );
    },
  },
};
const NAMES = Object.keys(COMPONENTS);

const pidFile = (name) => path.join(runDir(), `${name}.pid`);
const stateFile = (name) => path.join(runDir(), `${name}.json`);

function readState(name) {
  try {
    return JSON.parse(fs.readFileSync(stateFile(name), 'utf8'));
  } catch {
    return null;
  }
}

/** The pid of the component when it is alive and really ours (not a reused pid). */
function ownPid(name) {
  const pid = Number(readText(pidFile(name)));
  if (!pid || !alive(pid)) return null;
  const cmd = cmdline(pid);
  return cmd === null || cmd.includes(COMPONENTS[name].marker) ? pid : null;
}

function forget(name) {
  fs.rmSync(pidFile(name), { force: true });
  fs.rmSync(stateFile(name), { force: true });
}

function openLog(file) {
  try {
    if (fs.statSync(file).size > 20 * 1024 * 1024) fs.rmSync(file);
  } catch {
    /* new file */
  }
  const fd = fs.openSync(file, 'a');
  fs.writeSync(fd, `\n===== ${new Date().toISOString()} started by deploy/local/stack.mjs =====\n`);
  return fd;
}

function startDetached(name, cmd, args, env = {}) {
  fs.mkdirSync(runDir(), { recursive: true });
  const log = path.join(runDir(), `${name}.log`);
  const fd = openLog(log);
  const child = spawn(cmd, args, {
    cwd: ROOT,
    detached: true, // own process group: down() stops the whole group
    stdio: ['ignore', fd, fd],
    env: { ...process.env, ...env },
  });
  fs.closeSync(fd);
  const exit = { code: undefined };
  child.on('exit', (code, signal) => {
    exit.code = code ?? signal;
  });
  child.on('error', (error) => {
    exit.code = error.message;
  });
  child.unref();
  return { pid: child.pid, exit };
}

/** Polls the probe until ready; fails at once when the process exits. */
async function waitReady(name, p, started, timeoutMs, logMarks = []) {
  const c = COMPONENTS[name];
  const deadline = Date.now() + timeoutMs;
  let lastError = null;
  for (;;) {
    try {
      if (await c.ready(p)) return;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    const code = started.exit?.code;
    const exited = code !== undefined || !alive(started.pid);
    const reason = exited
      ? `exited during start${code !== undefined ? ` (exit ${code})` : ''}`
      : Date.now() > deadline
        ? `not ready within ${timeoutMs / 1000}s${lastError ? ` (${lastError.message})` : ''}`
        : null;
    if (reason) {
      const logs = c
        .logs()
        .map((f, i) => [f, tail(f, logMarks[i] ?? 0)])
        .filter(([, text]) => text)
        .map(([f, text]) => `--- ${path.relative(ROOT, f)}:\n${text}`)
        .join('\n');
      throw new Error(`${name} ${reason}.\n${logs || '(its logs are empty)'}`);
    }
    await sleep(250);
  }
}

/** Start timeout of a component; LOCAL_STACK_START_TIMEOUT (seconds) overrides them all. */
const timeoutOf = (c) => Number(process.env.LOCAL_STACK_START_TIMEOUT) * 1000 || c.timeoutMs;

function portsOf(name, p) {
  return Object.fromEntries(COMPONENTS[name].ports.map((k) => [k, p[k]]));
}

/** Makes one component run; returns 'started', 'running' or { skipped }. */
async function ensureComponent(name, p) {
  const c = COMPONENTS[name];
  const skip = c.unavailable?.();
  if (skip) {
    say(`${name}: skipped, ${skip}`);
    return { skipped: skip };
  }
  const want = portsOf(name, p);
  const pid = ownPid(name);
  if (pid) {
    const state = readState(name);
    if (state?.ports && JSON.stringify(state.ports) !== JSON.stringify(want)) {
      const where = Object.entries(state.ports)
        .map(([k, v]) => `${PORT_ENV[k]}=${v}`)
        .join(' ');
      throw new Error(
        `${name} already runs (pid ${pid}) with ${where}, not the ports asked for now; ` +
          'run `node deploy/local/stack.mjs down` first, or use those ports',
      );
    }
    const outdated = state?.build !== c.build();
    if (outdated && c.restartWhenOutdated) {
      say(`${name}: ${c.restartWhenOutdated}; restarting it (pid ${pid})`);
      await stopPid(name, pid);
    } else if (await c.ready(p).catch(() => false)) {
      say(`${name}: running on 127.0.0.1:${p[c.ports[0]]} (pid ${pid})`);
      if (outdated) {
        say(
          `${name}: the running process (pid ${pid}) predates the current install; ` +
            'restart it to use the new one: node deploy/local/stack.mjs down && node deploy/local/stack.mjs up',
        );
      }
      return 'running';
    } else {
      const age = state?.startedAt ? Date.now() - Date.parse(state.startedAt) : Infinity;
      if (age > timeoutOf(c)) {
        throw new Error(
          `${name} (pid ${pid}, started by this stack) runs but does not answer on ` +
            `127.0.0.1:${p[c.ports[0]]}; see ${c.logs()[0]}, or restart it: ` +
            '`node deploy/local/stack.mjs down && node deploy/local/stack.mjs up`',
        );
      }
      await waitReady(name, p, { pid }, timeoutOf(c) - age); // still starting
      c.afterReady?.();
      return 'running';
    }
  }
  forget(name);
  for (const key of c.ports) {
    if (await portOpen(p[key])) {
      throw new Error(
        `port ${p[key]} (${name}) is in use by a process this stack did not start; ` +
          `stop that process or choose another port: ${PORT_ENV[key]}=<port>`,
      );
    }
  }
  const t = Date.now();
  const logMarks = c.logs().map(fileSize);
  const started = await c.start(p);
  fs.writeFileSync(pidFile(name), String(started.pid));
  fs.writeFileSync(
    stateFile(name),
    `${JSON.stringify({ pid: started.pid, ports: want, startedAt: new Date().toISOString(), build: c.build() }, null, 2)}\n`,
  );
  try {
    await waitReady(name, p, started, timeoutOf(c), logMarks);
  } catch (error) {
    await stopPid(name, started.pid);
    forget(name);
    throw error;
  }
  c.afterReady?.();
  say(`${name} ready on 127.0.0.1:${p[c.ports[0]]} (${since(t)})`);
  return 'started';
}

async function stopPid(name, pid, timeoutMs = 30_000) {
  const signal = (sig) => {
    try {
      process.kill(-pid, sig); // the process group
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    say(`${name}: did not stop within ${timeoutMs / 1000}s, killing it`);
    signal('SIGKILL');
    const killDeadline = Date.now() + 10_000;
    while (alive(pid) && Date.now() < killDeadline) await sleep(100);
  }
}

/** The audience the realm's clients put in access tokens (their audience mappers). */
const OIDC_AUDIENCE = 'inspectorate-api';

function info(p, running, startedNow = [], skipped = {}) {
  const mail = running.has('mailcatcher');
  const issuer = keycloakIssuer(p);
  return {
    kafkaBrokers: `127.0.0.1:${p.kafka}`,
    mongodbUri: `mongodb://127.0.0.1:${p.mongo}/`,
    smtp: mail ? { host: '127.0.0.1', port: p.smtp } : null,
    mailApi: mail ? `http://127.0.0.1:${p.mailApi}` : null,
    oidc: running.has('keycloak')
      ? {
          issuer,
          jwksUrl: `${issuer}/protocol/openid-connect/certs`,
          tokenUrl: `${issuer}/protocol/openid-connect/token`,
          audience: OIDC_AUDIENCE,
          adminConsole: `http://127.0.0.1:${p.keycloak}/admin/`,
        }
      : null,
    helm: fs.existsSync(HELM_BIN) ? HELM_BIN : null,
    startedNow,
    skipped,
  };
}

// ------------------------------------------------------------------ commands

function checkNames(names) {
  const unknown = names.filter((n) => !COMPONENTS[n]);
  if (unknown.length) {
    throw new Error(`unknown component(s): ${unknown.join(', ')} (known: ${NAMES.join(', ')})`);
  }
  return names;
}

/**
 * Installs what is missing, starts what does not run yet, waits until every
 * component answers. A second call finds everything running and starts nothing.
 * opts.only: just these components. opts.helm: also build helm and wait for it.
 * opts.quiet: no progress lines.
 */
export async function up(opts = {}) {
  if (opts.quiet !== undefined) quiet = opts.quiet;
  const p = ports();
  const names = checkNames(opts.only ?? NAMES);
  const helm = opts.helm ? ensureHelm() : null;
  helm?.catch(() => undefined); // awaited below
  try {
    await settleAll(names.map((name) => COMPONENTS[name].install?.()));
  } catch (error) {
    await helm?.catch(() => undefined); // don't leave a go build running behind a failed up
    throw error;
  }
  const outcome = await withLock('up', async () => {
    const results = await Promise.allSettled(names.map((name) => ensureComponent(name, p)));
    const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    if (failed.length) {
      // Leave nothing half-started behind a failed up(): stop what this call started.
      for (const [i, r] of results.entries()) {
        const pid = r.value === 'started' && ownPid(names[i]);
        if (pid) {
          await stopPid(names[i], pid);
          forget(names[i]);
          say(`${names[i]} stopped again`);
        }
      }
      throw new Error(failed.join('\n\n'));
    }
    return Object.fromEntries(names.map((name, i) => [name, results[i].value]));
  });
  if (helm) await helm;
  const startedNow = names.filter((n) => outcome[n] === 'started');
  const running = new Set(
    names.filter((n) => outcome[n] === 'started' || outcome[n] === 'running'),
  );
  const skipped = Object.fromEntries(
    names.filter((n) => outcome[n]?.skipped).map((n) => [n, outcome[n].skipped]),
  );
  return info(p, running, startedNow, skipped);
}

/**
 * Stops what this stack started (every component, or opts.only), by the pid
 * files in .run, and waits until the processes have exited. opts.wipe also
 * deletes their data (.data) and logs.
 */
export async function down(opts = {}) {
  if (opts.quiet !== undefined) quiet = opts.quiet;
  const names = checkNames(opts.only ?? NAMES);
  return withLock('up', async () => {
    const stopped = [];
    await Promise.all(
      names.map(async (name) => {
        const pid = ownPid(name);
        if (pid) {
          const t = Date.now();
          await stopPid(name, pid);
          stopped.push(name);
          say(`${name} stopped (${since(t)})`);
        }
        forget(name);
      }),
    );
    if (opts.wipe) {
      for (const name of names) {
        const data = COMPONENTS[name].data();
        if (data) fs.rmSync(data, { recursive: true, force: true });
        for (const log of COMPONENTS[name].logs()) fs.rmSync(log, { force: true });
      }
      if (names.includes('kafka'))
        fs.rmSync(path.join(runDir(), 'kafka'), { recursive: true, force: true });
      say(`data and logs of ${names.join(', ')} removed`);
    }
    return { stopped, wiped: Boolean(opts.wipe) };
  });
}

/** What runs where, and what is installed. */
export async function status(opts = {}) {
  if (opts.quiet !== undefined) quiet = opts.quiet;
  const p = ports();
  const components = {};
  const running = new Set();
  for (const name of NAMES) {
    const c = COMPONENTS[name];
    const pid = ownPid(name);
    const ready = await c.ready(p).catch(() => false);
    if (pid && ready) running.add(name);
    components[name] = {
      state: pid
        ? ready
          ? 'running'
          : 'not answering'
        : ready
          ? 'foreign process on port'
          : 'stopped',
      pid,
      ports: readState(name)?.ports ?? portsOf(name, p),
      ...(pid && readState(name)?.build !== c.build() ? { outdated: true } : {}),
      log: c.logs()[0],
      ...(c.unavailable?.() ? { note: c.unavailable() } : {}),
    };
  }
  return {
    ...info(p, running),
    components,
    installed: {
      kafka: stampOk(KAFKA_STAMP, sha256(fs.readFileSync(KAFKA_POM))) ? kafkaVersion() : null,
      ferretdb: fs.existsSync(FERRET_BIN) ? ferretVersion() : null,
      keycloak: stampOk(KEYCLOAK_STAMP, keycloakVersion()) ? keycloakVersion() : null,
      helm: readText(`${HELM_BIN}.stamp`),
    },
    dirs: { cache: CACHE, data: dataDir(), run: runDir() },
  };
}

// ------------------------------------------------------------------ CLI

const USAGE = `usage: node deploy/local/stack.mjs <command> [--quiet]
  install [--no-helm]       fetch Kafka jars and Keycloak, build FerretDB and helm (only what is missing)
  up [--helm] [--only=a,b]  install if needed, start what is not running; prints connection info
  down [--wipe] [--only=a,b] stop what the stack started; --wipe also deletes data and logs
  status                    what runs where (JSON)
components: ${NAMES.join(', ')}`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [cmd, ...rest] = process.argv.slice(2);
  const onlyFlag = rest.find((f) => f.startsWith('--only='));
  const only = onlyFlag ? onlyFlag.slice('--only='.length).split(',').filter(Boolean) : undefined;
  const flags = new Set(rest.filter((f) => f !== onlyFlag));
  const commands = {
    install: () => install({ helm: !flags.has('--no-helm') }),
    up: () => up({ helm: flags.has('--helm'), only }),
    down: () => down({ wipe: flags.has('--wipe'), only }),
    status: () => status(),
  };
  if (
    !commands[cmd] ||
    (only && !['up', 'down'].includes(cmd)) ||
    [...flags].some((f) => !['--quiet', '--helm', '--no-helm', '--wipe'].includes(f))
  ) {
    console.error(USAGE);
    process.exit(2);
  }
  quiet = flags.has('--quiet');
  const t = Date.now();
  commands[cmd]()
    .then((result) => {
      console.log(JSON.stringify(result, null, 2));
      if (cmd !== 'status') say(`${cmd} done in ${since(t)}`);
    })
    .catch((error) => {
      process.stderr.write(`[stack] ${cmd} failed: ${error.message}\n`);
      process.exit(1);
    });
}
