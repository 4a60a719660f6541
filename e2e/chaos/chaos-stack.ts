/*
 * The chaos run's own broker, database server and mail catcher: the local
 * stack's library (deploy/local/stack.mjs) with ports and a state directory of
 * their own (LOCAL_STACK_DIR), so stopping them never touches the shared stack
 * other people's tests use. Keycloak is not faulted: the run uses the one
 * OIDC_ISSUER names.
 */
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Ports of the chaos stack: the defaults + 10000 (19092 → 29092 ...). */
export const CHAOS_STACK_ENV: Record<string, string> = {
  LOCAL_KAFKA_PORT: '29092',
  LOCAL_KAFKA_CONTROLLER_PORT: '29093',
  LOCAL_MONGO_PORT: '47017',
  LOCAL_SMTP_PORT: '21025',
  LOCAL_MAIL_API_PORT: '21080',
  LOCAL_STACK_DIR: 'tmp/chaos/stack',
};

export type Component = 'kafka' | 'ferretdb' | 'mailcatcher';
const COMPONENTS: Component[] = ['kafka', 'ferretdb', 'mailcatcher'];

interface StackInfo {
  kafkaBrokers: string;
  mongodbUri: string;
  smtp: { host: string; port: number } | null;
  mailApi: string | null;
  startedNow: string[];
}
interface StackLib {
  up(opts: { only: string[]; quiet?: boolean }): Promise<StackInfo>;
  down(opts: { only: string[]; quiet?: boolean }): Promise<unknown>;
}

export interface ChaosStack {
  kafkaBrokers: string;
  mongodbUri: string;
  smtpHost: string;
  smtpPort: string;
  mailApi: string;
  /** Stops one component (SIGTERM to its process group, as `stack.mjs down` does). */
  stop(component: Component): Promise<void>;
  /** Starts it again on the same ports and data, and waits until it answers. */
  start(component: Component): Promise<void>;
  /** Stops what this run started (all of it unless KEEP_STACK=1). */
  close(): Promise<void>;
}

function lib(): StackLib {
  // The library reads its ports and state directory from the environment at
  // each call; this process talks to no other stack through it.
  Object.assign(process.env, CHAOS_STACK_ENV);
  // Node ≥ 20.19 requires an ES module synchronously.
  return require(path.join(root, 'deploy/local/stack.mjs')) as StackLib;
}

export async function startChaosStack(log: (m: string) => void): Promise<ChaosStack> {
  const stack = lib();
  const t = Date.now();
  const info = await stack.up({ only: COMPONENTS, quiet: true });
  if (!info.smtp || !info.mailApi) throw new Error('the chaos stack has no mail catcher');
  log(
    `chaos stack ready in ${((Date.now() - t) / 1000).toFixed(1)} s: kafka ${info.kafkaBrokers}, mongodb ${info.mongodbUri}, mail ${info.mailApi} (${CHAOS_STACK_ENV['LOCAL_STACK_DIR']})`,
  );
  return {
    kafkaBrokers: info.kafkaBrokers,
    mongodbUri: info.mongodbUri,
    smtpHost: info.smtp.host,
    smtpPort: String(info.smtp.port),
    mailApi: info.mailApi,
    async stop(component) {
      await lib().down({ only: [component], quiet: true });
    },
    async start(component) {
      await lib().up({ only: [component], quiet: true });
    },
    async close() {
      if (process.env['KEEP_STACK'] === '1') return;
      await lib().down({ only: COMPONENTS, quiet: true });
    },
  };
}
