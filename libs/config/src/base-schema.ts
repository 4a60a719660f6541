import {
  type Static,
  type TInteger,
  type TObject,
  type TProperties,
  type TString,
  Type,
} from '@sinclair/typebox';
import { type ConfigLoader, defineConfig } from './define-config';
import { Port, StringEnum } from './schema-helpers';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const HOST_PORT = '^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):[0-9]{1,5}$';
// MongoDB forbids / \ . " $ * < > : | ? and spaces in database names, and caps them at 63 bytes.
const DATABASE_NAME = '^[^/\\\\. "$*<>:|?]{1,63}$';

/**
 * The variables every service reads, with the same names everywhere. The
 * service name is not among them: it is given in code (see serviceConfigSchema),
 * and so is the domain time zone (always Europe/Amsterdam).
 */
export const baseConfigSchema = Type.Object({
  PORT: Port({ default: 3000, description: 'HTTP port (internal REST, health, metrics)' }),
  LOG_LEVEL: StringEnum(LOG_LEVELS, {
    default: 'info',
    description: 'Lowest level that is logged',
  }),
  KAFKA_BROKERS: Type.Array(Type.String({ pattern: HOST_PORT, expected: 'host:port' }), {
    minItems: 1,
    description: 'Bootstrap brokers',
    expected: 'a comma-separated list of host:port, e.g. kafka-0:9092,kafka-1:9092',
  }),
  KAFKA_TOPIC_PREFIX: Type.String({
    default: '',
    pattern: '^[A-Za-z0-9._-]*$',
    description: 'Prefix of every physical topic name (tests use it for isolation)',
    expected: 'letters, digits, dots, underscores or dashes, e.g. "test_1a2b."',
  }),
  KAFKA_CLIENT_ID: Type.Optional(
    Type.String({ minLength: 1, description: 'Kafka client id; defaults to the service name' }),
  ),
  MONGODB_URI: Type.String({
    pattern: '^mongodb(\\+srv)?://.+',
    description: 'MongoDB connection string (credentials are masked in errors)',
    expected: 'a connection string starting with mongodb:// or mongodb+srv://',
  }),
  MONGODB_DATABASE: Type.Optional(
    Type.String({
      pattern: DATABASE_NAME,
      description: "The service's database; defaults to the service name",
      expected: 'a MongoDB database name: 1-63 characters, none of / \\ . " $ * < > : | ? or space',
    }),
  ),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({
    minimum: 0,
    default: 10_000,
    description: 'How long a graceful shutdown may take before the process exits anyway',
  }),
});

export type BaseConfig = Static<typeof baseConfigSchema>;

type BaseProperties = typeof baseConfigSchema.properties;

/** The base variables with the service's defaults filled in, plus the service's own. */
export type ServiceConfigProperties<P extends TProperties> = Omit<
  BaseProperties,
  'PORT' | 'MONGODB_DATABASE' | keyof P
> & {
  PORT: TInteger;
  MONGODB_DATABASE: TString;
} & P;

export interface ServiceConfigOptions {
  /** The service's name; the default database name. */
  service: string;
  /** The service's default HTTP port. */
  defaultPort: number;
}

/**
 * A service's schema: the base variables with the service's defaults (PORT,
 * MONGODB_DATABASE = the service name), extended by its own variables.
 */
export function serviceConfigSchema<P extends TProperties = Record<never, never>>(
  options: ServiceConfigOptions,
  extra?: P,
): TObject<ServiceConfigProperties<P>> {
  const base = baseConfigSchema.properties;
  return Type.Object({
    ...base,
    PORT: Port({ ...stripKinds(base.PORT), default: options.defaultPort }),
    MONGODB_DATABASE: Type.String({
      ...stripKinds(base.MONGODB_DATABASE),
      default: options.service,
    }),
    ...(extra ?? {}),
  }) as unknown as TObject<ServiceConfigProperties<P>>;
}

export type ServiceConfig<P extends TProperties = Record<never, never>> = Static<
  TObject<ServiceConfigProperties<P>>
>;

/** `defineConfig(serviceConfigSchema(options, extra))`. */
export function defineServiceConfig<P extends TProperties = Record<never, never>>(
  options: ServiceConfigOptions,
  extra?: P,
): ConfigLoader<ServiceConfig<P>> {
  // TypeBox's Static over a generic property map is beyond what TS can check here; the cast is the
  // same type written out.
  return defineConfig(serviceConfigSchema(options, extra) as TObject) as ConfigLoader<
    ServiceConfig<P>
  >;
}

/**
 * The keywords of a property without its type and TypeBox's symbol markers
 * (Optional among them), to rebuild it with another default.
 */
function stripKinds(schema: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'type'));
}
