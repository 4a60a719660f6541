// The Helm charts, checked offline: every chart lints, the umbrella renders
// with its defaults and with production-like values, and what it renders is
// checked against the services themselves (manifest ports, the variables their
// config schemas require, the health endpoints), so a chart cannot drift from
// the code it deploys. Needs only the helm binary (deploy/local/stack.mjs
// builds it on first use), no cluster, no network.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { ConfigLoader } from '@inspectorate/config';
import { loadConfig as caseworkConfig } from '../../services/casework/src/config';
import { manifest as caseworkManifest } from '../../services/casework/src/manifest';
import { loadConfig as gatewayConfig } from '../../services/gateway/src/config';
import { manifest as gatewayManifest } from '../../services/gateway/src/manifest';
import { loadConfig as monitoringConfig } from '../../services/monitoring-intake/src/config';
import { manifest as monitoringManifest } from '../../services/monitoring-intake/src/manifest';
import { loadConfig as notificationsConfig } from '../../services/notifications/src/config';
import { manifest as notificationsManifest } from '../../services/notifications/src/manifest';
import { loadConfig as publicationConfig } from '../../services/publication/src/config';
import { manifest as publicationManifest } from '../../services/publication/src/manifest';
import { loadConfig as registryConfig } from '../../services/registry/src/config';
import { manifest as registryManifest } from '../../services/registry/src/manifest';
import { loadConfig as riskConfig } from '../../services/risk-analysis/src/config';
import { manifest as riskManifest } from '../../services/risk-analysis/src/manifest';

const CHARTS = path.resolve(__dirname, '..');
const ROOT = path.resolve(CHARTS, '..');
const LIBRARY = 'inspectorate-service';
const UMBRELLA = 'backbone';
const PRODUCTION_VALUES = path.join(__dirname, 'production-values.yaml');

interface ServiceUnderTest {
  name: string;
  port: number;
  config: ConfigLoader<unknown>;
}

const SERVICES: ServiceUnderTest[] = [
  gatewayManifest,
  registryManifest,
  monitoringManifest,
  riskManifest,
  caseworkManifest,
  notificationsManifest,
  publicationManifest,
].map((m, i) => ({
  name: m.service,
  port: m.defaultPort,
  config: [
    gatewayConfig,
    registryConfig,
    monitoringConfig,
    riskConfig,
    caseworkConfig,
    notificationsConfig,
    publicationConfig,
  ][i] as ConfigLoader<unknown>,
}));

// ------------------------------------------------------------------ helm

let helmBin = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd = CHARTS): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const helm = (...args: string[]): Promise<Run> => run(helmBin, args);

/**
 * The helm binary from deploy/local/stack.mjs's ensureHelm() (built through the
 * Go module proxy the first time, cached after). stack.mjs is an ES module and
 * jest runs this file as CommonJS, where import() of an .mjs is refused, so
 * ensureHelm runs in a plain node child; its progress lines go to our stderr.
 */
async function ensureHelm(): Promise<string> {
  const given = process.env['HELM_BIN'];
  if (given && existsSync(given)) return given;
  const stack = pathToFileURL(path.join(ROOT, 'deploy/local/stack.mjs')).href;
  const script = `const s = await import(${JSON.stringify(stack)}); process.stdout.write(await s.ensureHelm());`;
  const res = await run(process.execPath, ['--input-type=module', '-e', script], ROOT);
  if (res.stderr) process.stderr.write(res.stderr);
  if (res.code !== 0) throw new Error(`ensureHelm() failed (exit ${res.code}): ${res.stderr}`);
  return res.stdout.trim();
}

/** Service charts first: the umbrella packs them with their vendored library. */
const chartOrder = (): string[] => [...SERVICES.map((s) => s.name), UMBRELLA];

async function dependencyBuild(chart: string): Promise<void> {
  const res = await helm('dependency', 'build', chart);
  if (res.code !== 0)
    throw new Error(`helm dependency build ${chart} failed:\n${res.stdout}${res.stderr}`);
}

// ------------------------------------------------------------------ rendered objects

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // The checks below walk the objects as plain data.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  data?: Record<string, string>;
}

function parseManifests(text: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0)
      throw new Error(`rendered YAML does not parse: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as K8sObject | null;
    if (value) objects.push(value);
  }
  return objects;
}

async function renderUmbrella(...args: string[]): Promise<K8sObject[]> {
  const res = await helm('template', 'bb', UMBRELLA, '--namespace', 'inspectorate', ...args);
  if (res.code !== 0) throw new Error(`helm template failed:\n${res.stderr}`);
  return parseManifests(res.stdout);
}

/** A `from` entry of a NetworkPolicy ingress rule. */
interface Peer {
  podSelector?: { matchLabels: Record<string, string> };
  namespaceSelector?: { matchLabels?: Record<string, string> };
}

const ofKind = (objects: K8sObject[], kind: string): K8sObject[] =>
  objects.filter((o) => o.kind === kind);

const serviceOf = (o: K8sObject): string | undefined =>
  o.metadata.labels?.['app.kubernetes.io/name'];

const matches = (selector: Record<string, string>, labels: Record<string, string> = {}): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/**
 * Everything wrong with one rendering, as readable lines (empty: all good). A
 * list rather than expect() calls, so one run shows every problem, and so the
 * self-test below can prove that a broken rendering is caught.
 */
function problemsOf(objects: K8sObject[], mongoSecrets: Record<string, string>): string[] {
  const problems: string[] = [];
  const deployments = ofKind(objects, 'Deployment');
  const services = ofKind(objects, 'Service');
  const configMaps = ofKind(objects, 'ConfigMap');
  const hpas = ofKind(objects, 'HorizontalPodAutoscaler');

  const names = deployments.map(serviceOf).sort();
  const want = SERVICES.map((s) => s.name).sort();
  if (JSON.stringify(names) !== JSON.stringify(want))
    problems.push(`Deployments are for ${names.join(',')}, expected ${want.join(',')}`);

  for (const svc of SERVICES) {
    const where = `${svc.name}:`;
    const dep = deployments.find((d) => serviceOf(d) === svc.name);
    if (!dep) continue;
    const pod = dep.spec?.template;
    const podLabels: Record<string, string> = pod?.metadata?.labels ?? {};
    const containers = pod?.spec?.containers ?? [];
    if (containers.length !== 1) {
      problems.push(`${where} ${containers.length} containers, expected 1`);
      continue;
    }
    const c = containers[0];

    // Ports: the service listens on its manifest's default port.
    const http = (c.ports ?? []).find((p: { name: string }) => p.name === 'http');
    if (http?.containerPort !== svc.port)
      problems.push(`${where} container port ${http?.containerPort}, manifest says ${svc.port}`);
    const portOf = (p: unknown): unknown => (p === 'http' ? http?.containerPort : p);

    // Probes.
    for (const [probe, pathWanted] of [
      ['livenessProbe', '/health/live'],
      ['readinessProbe', '/health/ready'],
      ['startupProbe', '/health/live'],
    ] as const) {
      const get = c[probe]?.httpGet;
      if (!get) problems.push(`${where} no ${probe}`);
      else {
        if (get.path !== pathWanted)
          problems.push(`${where} ${probe} on ${get.path}, expected ${pathWanted}`);
        if (portOf(get.port) !== svc.port)
          problems.push(`${where} ${probe} on port ${get.port}, expected ${svc.port}`);
      }
    }

    // Resources.
    for (const kind of ['requests', 'limits'])
      for (const res of ['cpu', 'memory'])
        if (kind === 'limits' && res === 'cpu' && c.resources?.limits?.memory) continue;
        else if (!c.resources?.[kind]?.[res]) problems.push(`${where} no resources.${kind}.${res}`);

    // Security.
    const psc = pod.spec.securityContext ?? {};
    const csc = c.securityContext ?? {};
    if (psc.runAsNonRoot !== true && csc.runAsNonRoot !== true)
      problems.push(`${where} not runAsNonRoot`);
    if (csc.readOnlyRootFilesystem !== true) problems.push(`${where} root filesystem writable`);
    if (csc.allowPrivilegeEscalation !== false)
      problems.push(`${where} privilege escalation allowed`);
    if (!(csc.capabilities?.drop ?? []).includes('ALL'))
      problems.push(`${where} capabilities not dropped`);

    // Rolling upgrades and replicas.
    const hpa = hpas.find((h) => h.spec.scaleTargetRef.name === dep.metadata.name);
    const replicas = hpa ? hpa.spec.minReplicas : dep.spec.replicas;
    if (!(replicas >= 2)) problems.push(`${where} ${replicas} replicas, expected at least 2`);
    if (
      dep.spec.strategy?.type !== 'RollingUpdate' ||
      dep.spec.strategy.rollingUpdate?.maxUnavailable !== 0
    )
      problems.push(`${where} rolling update may take a replica away (maxUnavailable not 0)`);

    // Labels and selectors.
    if (!matches(dep.spec.selector?.matchLabels, podLabels))
      problems.push(`${where} Deployment selector does not match its pod labels`);
    for (const other of deployments)
      if (
        other !== dep &&
        matches(dep.spec.selector?.matchLabels, other.spec.template.metadata.labels)
      )
        problems.push(`${where} Deployment selector also matches ${other.metadata.name}`);
    const service = services.find((s) => matches(s.spec.selector, podLabels));
    if (!service) problems.push(`${where} no Service selects its pods`);
    else {
      const sp = service.spec.ports.find((p: { name: string }) => p.name === 'http');
      if (sp?.port !== svc.port || portOf(sp?.targetPort) !== svc.port)
        problems.push(
          `${where} Service port ${sp?.port} -> ${sp?.targetPort}, expected ${svc.port}`,
        );
      for (const other of deployments)
        if (other !== dep && matches(service.spec.selector, other.spec.template.metadata.labels))
          problems.push(
            `${where} Service ${service.metadata.name} also selects ${other.metadata.name}`,
          );
    }
    for (const kind of ['PodDisruptionBudget', 'NetworkPolicy']) {
      const found = ofKind(objects, kind).filter((o) => serviceOf(o) === svc.name);
      const selector = (o: K8sObject): Record<string, string> =>
        kind === 'NetworkPolicy' ? o.spec.podSelector.matchLabels : o.spec.selector.matchLabels;
      if (found.length !== 1 || !matches(selector(found[0]!), podLabels))
        problems.push(`${where} no ${kind} selecting its pods`);
    }
    if (
      !ofKind(objects, 'ServiceAccount').some(
        (sa) => sa.metadata.name === pod.spec.serviceAccountName,
      )
    )
      problems.push(`${where} ServiceAccount ${pod.spec.serviceAccountName} is not rendered`);

    // Scraping /metrics.
    const ann = pod.metadata.annotations ?? {};
    if (
      ann['prometheus.io/scrape'] !== 'true' ||
      ann['prometheus.io/path'] !== '/metrics' ||
      ann['prometheus.io/port'] !== String(svc.port)
    )
      problems.push(`${where} no prometheus.io scrape annotations for /metrics on ${svc.port}`);

    // The environment the service will see: the ConfigMap, plus the Secret references.
    const env: Record<string, string> = {};
    for (const from of c.envFrom ?? []) {
      const cm = configMaps.find((m) => m.metadata.name === from.configMapRef?.name);
      if (!cm)
        problems.push(`${where} envFrom ConfigMap ${from.configMapRef?.name} is not rendered`);
      else Object.assign(env, cm.data);
    }
    if ('MONGODB_URI' in env) problems.push(`${where} MONGODB_URI is a literal in a ConfigMap`);
    for (const e of c.env ?? []) {
      if (e.name === 'MONGODB_URI') {
        const ref = e.valueFrom?.secretKeyRef;
        if (!ref || e.value !== undefined) {
          problems.push(`${where} MONGODB_URI is not a Secret reference`);
          continue;
        }
        if (ref.name !== mongoSecrets[svc.name])
          problems.push(
            `${where} MONGODB_URI from Secret ${ref.name}, expected ${mongoSecrets[svc.name]}`,
          );
        // A stand-in for the Secret's value, to load the service's config below.
        env[e.name] = 'mongodb://svc:pw@mongo-0.mongo:27017/?replicaSet=rs0';
      } else if (e.valueFrom?.secretKeyRef) env[e.name] = 'from-a-secret';
      else env[e.name] = e.value;
    }
    for (const v of svc.config.variables())
      if (v.required && !(v.name in env))
        problems.push(`${where} required variable ${v.name} is not set by the chart`);
    try {
      const loaded = svc.config.load(env) as { PORT: number };
      if (loaded.PORT !== svc.port)
        problems.push(`${where} PORT ${loaded.PORT}, expected ${svc.port}`);
    } catch (error) {
      problems.push(
        `${where} the service's config refuses the chart's environment: ${(error as Error).message}`,
      );
    }

    // Graceful shutdown fits in the grace period.
    const shutdownMs = Number(env['SHUTDOWN_TIMEOUT_MS'] ?? 10_000);
    const preStopMs = (c.lifecycle?.preStop?.sleep?.seconds ?? 0) * 1000;
    if (!(pod.spec.terminationGracePeriodSeconds * 1000 > shutdownMs + preStopMs))
      problems.push(
        `${where} terminationGracePeriodSeconds ${pod.spec.terminationGracePeriodSeconds} does not cover ${preStopMs} ms preStop + ${shutdownMs} ms shutdown`,
      );
  }

  // Only the gateway is reachable from outside.
  const ingresses = ofKind(objects, 'Ingress');
  if (ingresses.length !== 1 || serviceOf(ingresses[0]!) !== 'gateway')
    problems.push(
      `Ingresses: ${ingresses.map((i) => i.metadata.name).join(',') || 'none'}, expected the gateway's only`,
    );
  for (const ing of ingresses)
    for (const rule of ing.spec.rules ?? [])
      for (const p of rule.http?.paths ?? []) {
        const target = services.find((s) => s.metadata.name === p.backend.service.name);
        if (!target || serviceOf(target) !== 'gateway')
          problems.push(
            `Ingress ${ing.metadata.name} routes to ${p.backend.service.name}, not the gateway`,
          );
        else if (
          !target.spec.ports.some((sp: { name: string }) => sp.name === p.backend.service.port.name)
        )
          problems.push(`Ingress ${ing.metadata.name} routes to a port the gateway Service lacks`);
      }
  const gatewayPods = deployments.find((d) => serviceOf(d) === 'gateway')?.spec.template.metadata
    .labels;
  for (const np of ofKind(objects, 'NetworkPolicy')) {
    const rules = np.spec.ingress ?? [];
    const open = rules.some((r: { from?: unknown[] }) => !r.from || r.from.length === 0);
    if (serviceOf(np) === 'gateway') continue;
    if (open) problems.push(`NetworkPolicy ${np.metadata.name} lets anyone in`);
    const peers: Peer[] = rules.flatMap((r: { from?: Peer[] }) => r.from ?? []);
    const isGateway = (p: Peer): boolean =>
      !!p.podSelector && !p.namespaceSelector && matches(p.podSelector.matchLabels, gatewayPods);
    const isMonitoring = (p: Peer): boolean =>
      !p.podSelector && !!p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
    const fromGateway = peers.some(isGateway);
    const fromMonitoring = peers.some(isMonitoring);
    const others = peers.filter((p) => !isGateway(p) && !isMonitoring(p));
    if (!fromGateway || !fromMonitoring || others.length > 0)
      problems.push(
        `NetworkPolicy ${np.metadata.name} should admit only the gateway and the monitoring namespace`,
      );
  }
  return problems;
}

// ------------------------------------------------------------------ tests

beforeAll(async () => {
  helmBin = await ensureHelm();
  // Offline: every dependency is a file:// chart, so this only packs directories.
  for (const chart of chartOrder()) await dependencyBuild(chart);
}, 15 * 60_000);

describe('the charts', () => {
  it('has a chart for every service, and the umbrella deploys each of them', () => {
    const onDisk = readdirSync(path.join(ROOT, 'services')).sort();
    expect(SERVICES.map((s) => s.name).sort()).toEqual(onDisk);
    for (const svc of onDisk) expect(existsSync(path.join(CHARTS, svc, 'Chart.yaml'))).toBe(true);
    const umbrella = parseManifests(
      readFileSync(path.join(CHARTS, UMBRELLA, 'Chart.yaml'), 'utf8'),
    )[0] as unknown as {
      dependencies: { name: string; repository: string }[];
    };
    expect(umbrella.dependencies.map((d) => [d.name, d.repository]).sort()).toEqual(
      onDisk.map((s) => [s, `file://../${s}`]),
    );
  });

  it("sets each service chart's port to the service's manifest default port", () => {
    for (const svc of SERVICES) {
      const values = parseManifests(
        readFileSync(path.join(CHARTS, svc.name, 'values.yaml'), 'utf8'),
      )[0] as unknown as {
        service: { name: string; port: number; public: boolean };
      };
      expect({
        name: values.service.name,
        port: values.service.port,
        public: values.service.public,
      }).toEqual({
        name: svc.name,
        port: svc.port,
        public: svc.name === 'gateway',
      });
    }
  });

  it('gives every service chart the same values schema (one contract for the library chart)', () => {
    const schemas = SERVICES.map((s) =>
      readFileSync(path.join(CHARTS, s.name, 'values.schema.json'), 'utf8'),
    );
    expect(new Set(schemas).size).toBe(1);
  });

  it.each([LIBRARY, ...chartOrder()])('lints %s with --strict', async (chart) => {
    const res = await helm('lint', '--strict', chart);
    expect({ code: res.code, out: res.stdout + res.stderr }).toMatchObject({ code: 0 });
    expect(res.stdout).toContain('0 chart(s) failed');
  });

  it('lints the umbrella with the production-like values', async () => {
    const res = await helm('lint', '--strict', UMBRELLA, '-f', PRODUCTION_VALUES);
    expect({ code: res.code, out: res.stdout + res.stderr }).toMatchObject({ code: 0 });
  });
});

describe('the umbrella, rendered', () => {
  const everyService = (secret: string): Record<string, string> =>
    Object.fromEntries(SERVICES.map((s) => [s.name, secret]));

  it('with default values: probes, ports, resources, security, secrets, labels, policies', async () => {
    const objects = await renderUmbrella();
    expect(problemsOf(objects, everyService('inspectorate-mongodb'))).toEqual([]);
    expect(ofKind(objects, 'Deployment')).toHaveLength(7);
    // Egress stays open by default (its addresses are the installer's to give).
    for (const np of ofKind(objects, 'NetworkPolicy'))
      expect(np.spec.policyTypes).toEqual(['Ingress']);
  });

  it('with production-like values: the same, plus what those values ask for', async () => {
    const objects = await renderUmbrella('-f', PRODUCTION_VALUES);
    const secrets = {
      ...everyService('backbone-mongodb'),
      notifications: 'backbone-mongodb-notifications',
    };
    expect(problemsOf(objects, secrets)).toEqual([]);

    const byService = (kind: string, name: string): K8sObject | undefined =>
      ofKind(objects, kind).find((o) => serviceOf(o) === name);
    const container = (name: string) =>
      byService('Deployment', name)!.spec.template.spec.containers[0];
    expect(container('registry').image).toBe(
      'registry.onderwijsinspectie.nl/inspectorate/registry:2026.11.1',
    );
    // One identity provider for all: every service verifies the callers' tokens itself.
    for (const s of SERVICES) {
      expect(byService('ConfigMap', s.name)!.data).toMatchObject({
        OIDC_ISSUER: 'https://login.onderwijsinspectie.nl/realms/inspectorate',
        OIDC_AUDIENCE: 'inspectorate-api',
      });
    }
    expect(byService('ConfigMap', 'casework')!.data).toMatchObject({
      KAFKA_BROKERS: 'kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092',
      KAFKA_TOPIC_PREFIX: 'prod.',
      SHUTDOWN_TIMEOUT_MS: '25000',
    });
    // Lists and big numbers reach the environment in the form the config loader reads.
    expect(byService('ConfigMap', 'monitoring-intake')!.data).toMatchObject({
      MONITORING_SECTORS: 'po,so,vso,vo,mbo',
      MONITORING_MIN_OPEN_DAYS: '60',
    });
    expect(byService('ConfigMap', 'notifications')!.data).toMatchObject({
      MAIL_RETRY_MAX_MS: '7200000',
    });
    expect(container('notifications').env).toContainEqual({
      name: 'SMTP_PASSWORD',
      valueFrom: { secretKeyRef: { name: 'backbone-smtp', key: 'password' } },
    });
    expect(byService('HorizontalPodAutoscaler', 'gateway')!.spec).toMatchObject({
      minReplicas: 3,
      maxReplicas: 6,
    });
    expect(byService('Deployment', 'gateway')!.spec.replicas).toBeUndefined();
    expect(byService('Ingress', 'gateway')!.spec).toMatchObject({
      ingressClassName: 'nginx',
      tls: [{ hosts: ['api.onderwijsinspectie.nl'], secretName: 'backbone-gateway-tls' }],
    });
    expect(byService('ServiceMonitor', 'casework')).toBeDefined();

    // Egress: publication's is closed but for DNS, the platform and the webhook
    // receivers (public ranges on 443); every other service keeps open egress.
    const policy = byService('NetworkPolicy', 'publication')!.spec;
    expect(policy.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.egress[0].ports.map((p: { port: number }) => p.port)).toEqual([53, 53]);
    expect(policy.egress.slice(1, 3)).toEqual([
      {
        to: [{ ipBlock: { cidr: '10.20.0.0/16' } }],
        ports: [
          { port: 9092, protocol: 'TCP' },
          { port: 27017, protocol: 'TCP' },
        ],
      },
      { to: [{ ipBlock: { cidr: '10.30.1.25/32' } }], ports: [{ port: 587, protocol: 'TCP' }] },
    ]);
    const hooks = policy.egress[3];
    expect(hooks.ports).toEqual([{ port: 443, protocol: 'TCP' }]);
    expect(hooks.to[0].ipBlock.cidr).toBe('0.0.0.0/0');
    for (const range of [
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '127.0.0.0/8',
      '169.254.0.0/16',
    ])
      expect(hooks.to[0].ipBlock.except).toContain(range);
    expect(hooks.to[1].ipBlock).toMatchObject({
      cidr: '::/0',
      except: expect.arrayContaining(['fc00::/7', 'fe80::/10']),
    });
    expect(policy.egress).toHaveLength(4);
    for (const s of SERVICES.filter((x) => x.name !== 'publication'))
      expect(byService('NetworkPolicy', s.name)!.spec.policyTypes).toEqual(['Ingress']);
  });

  it('renders no connection string, password or literal MONGODB_URI anywhere', async () => {
    for (const args of [[], ['-f', PRODUCTION_VALUES]]) {
      const res = await helm('template', 'bb', UMBRELLA, ...args);
      expect(res.code).toBe(0);
      expect(res.stdout).not.toMatch(/mongodb(\+srv)?:\/\//);
      expect(res.stdout).not.toMatch(/^\s*MONGODB_URI:/m);
    }
  });

  it('leaves a disabled service out', async () => {
    const objects = await renderUmbrella('--set', 'publication.enabled=false');
    expect(objects.filter((o) => serviceOf(o) === 'publication')).toEqual([]);
    expect(ofKind(objects, 'Deployment')).toHaveLength(6);
  });

  it('rolls the pods when their configuration changes', async () => {
    const checksum = async (...args: string[]): Promise<string> => {
      const dep = ofKind(await renderUmbrella(...args), 'Deployment').find(
        (d) => serviceOf(d) === 'registry',
      )!;
      return dep.spec.template.metadata.annotations['checksum/config'];
    };
    expect(await checksum('--set', 'registry.logLevel=debug')).not.toBe(await checksum());
  });

  it('catches a broken rendering (the checks themselves can fail)', async () => {
    const objects = await renderUmbrella();
    const dep = ofKind(objects, 'Deployment').find((d) => serviceOf(d) === 'casework')!;
    const c = dep.spec.template.spec.containers[0];
    c.readinessProbe.httpGet.path = '/health/live';
    c.ports[0].containerPort = 8080;
    delete c.resources.limits;
    c.securityContext.readOnlyRootFilesystem = false;
    c.env = [{ name: 'MONGODB_URI', value: 'mongodb://root:secret@mongo/' }];
    dep.spec.selector.matchLabels['app.kubernetes.io/name'] = 'registry';
    objects.push({
      ...ofKind(objects, 'Ingress')[0]!,
      metadata: { name: 'x', labels: { 'app.kubernetes.io/name': 'registry' } },
    });
    const problems = problemsOf(
      objects,
      Object.fromEntries(SERVICES.map((s) => [s.name, 'inspectorate-mongodb'])),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'casework: container port 8080, manifest says 3004',
        'casework: readinessProbe on /health/live, expected /health/ready',
        'casework: no resources.limits.memory',
        'casework: root filesystem writable',
        'casework: MONGODB_URI is not a Secret reference',
        'casework: required variable MONGODB_URI is not set by the chart',
        'casework: Deployment selector does not match its pod labels',
        "Ingresses: bb-gateway,x, expected the gateway's only",
      ]),
    );
  });
});

describe('bad values fail rendering with a message that says what to change', () => {
  it.each([
    [
      'replicas below 1',
      ['--set', 'registry.replicaCount=0'],
      /registry:\s*\n- at '\/replicaCount': minimum: got 0, want 1/,
    ],
    [
      'a misspelt key',
      ['--set', 'registry.replicas=3'],
      /registry:\s*\n- at '': additional properties 'replicas' not allowed/,
    ],
    ['no image tag', ['--set', 'global.image.tag='], /global\/image\/tag/],
    [
      'a service without an image tag',
      ['--set', 'global.image.tag=x', '--set-string', 'casework.image.tag=latest'],
      /image tag of casework is "latest"/,
    ],
    [
      'a literal MONGODB_URI',
      ['--set', 'casework.env.MONGODB_URI=mongodb://u:p@db/'],
      /casework\.env\.MONGODB_URI must not be set: .*Secret/,
    ],
    [
      'a password in plain env',
      ['--set', 'notifications.env.SMTP_PASSWORD=hunter2'],
      /notifications\.env\.SMTP_PASSWORD looks like a secret: put it under notifications\.secretEnv/,
    ],
    [
      'PORT in env',
      ['--set', 'registry.env.PORT=8080'],
      /registry\.env\.PORT must not be set: use the value service\.port/,
    ],
    [
      'an OIDC issuer per service',
      ['--set', 'registry.env.OIDC_ISSUER=https://login.example.org/realms/x'],
      /registry\.env\.OIDC_ISSUER must not be set: use the value global\.oidc\.issuer/,
    ],
    ['no OIDC issuer', ['--set', 'global.oidc.issuer='], /global\/oidc\/issuer/],
    [
      'webhook egress for a service that sends no webhooks',
      ['--set', 'casework.networkPolicy.egress.webhookTargets.enabled=true'],
      /casework\.networkPolicy\.egress\.webhookTargets\.enabled is true, but only publication delivers webhooks/,
    ],
    [
      'an Ingress for an internal service',
      ['--set', 'registry.ingress.enabled=true'],
      /registry\.ingress\.enabled is true, but only the gateway/,
    ],
    [
      'a grace period shorter than the shutdown',
      ['--set', 'casework.shutdownTimeoutMs=30000'],
      /casework\.terminationGracePeriodSeconds \(30\) must be longer than preStopSleepSeconds \(5\) plus shutdownTimeoutMs \(30000 ms\)/,
    ],
    [
      'a budget that blocks every drain',
      ['--set', 'publication.replicaCount=1'],
      /publication\.podDisruptionBudget\.minAvailable \(1\) must be lower than the number of replicas \(1\)/,
    ],
    [
      'brokers that are not host:port',
      ['--set', 'global.kafka.brokers=kafka'],
      /global\/kafka\/brokers/,
    ],
    [
      'no MongoDB Secret',
      ['--set', 'global.mongodb.existingSecret='],
      /global\/mongodb\/existingSecret/,
    ],
    [
      'a secretEnv without a key',
      ['--set', 'notifications.secretEnv.SMTP_PASSWORD.secretName=smtp'],
      /notifications:\s*\n- at '\/secretEnv\/SMTP_PASSWORD': missing property 'key'/,
    ],
    [
      'autoscaling max below min',
      [
        '--set',
        'gateway.autoscaling.enabled=true',
        '--set',
        'gateway.autoscaling.minReplicas=4',
        '--set',
        'gateway.autoscaling.maxReplicas=3',
      ],
      /gateway\.autoscaling\.maxReplicas \(3\) is lower than autoscaling\.minReplicas \(4\)/,
    ],
  ])('%s', async (_label, args, message) => {
    const res = await helm('template', 'bb', UMBRELLA, ...args);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(message);
  });

  it('a service chart on its own refuses a missing image tag too', async () => {
    const res = await helm('template', 'r', 'registry', '--set', 'global.image.tag=');
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('image tag of registry is not set: give global.image.tag');
  });
});
