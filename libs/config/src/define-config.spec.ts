import { Type } from '@sinclair/typebox';
import { ConfigError } from './config-error';
import { defineConfig } from './define-config';
import { baseConfigSchema, defineServiceConfig, type BaseConfig } from './base-schema';

const validEnv = {
  KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092',
  MONGODB_URI: 'mongodb://db.internal:27017/?replicaSet=rs0',
};

function problemsOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('defineConfig with the base schema', () => {
  const loader = defineConfig(baseConfigSchema);

  it('applies defaults and coerces lists', () => {
    const config: Readonly<BaseConfig> = loader.load(validEnv);
    expect(config).toEqual({
      PORT: 3000,
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: ['kafka-0:9092', 'kafka-1:9092'],
      KAFKA_TOPIC_PREFIX: '',
      MONGODB_URI: 'mongodb://db.internal:27017/?replicaSet=rs0',
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
  });

  it('coerces numbers and accepts every allowed value', () => {
    const config = loader.load({
      ...validEnv,
      PORT: '8080',
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: ' 2500 ',
    });
    expect(config.PORT).toBe(8080);
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(2500);
  });

  it('returns a deeply frozen object', () => {
    const config = loader.load(validEnv);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.KAFKA_BROKERS)).toBe(true);
  });

  it('ignores variables the schema does not name and treats empty ones as unset', () => {
    const config = loader.load({ ...validEnv, HOME: '/root', KAFKA_CLIENT_ID: '', PORT: '' });
    expect(config).not.toHaveProperty('HOME');
    expect(config).not.toHaveProperty('KAFKA_CLIENT_ID');
    expect(config.PORT).toBe(3000);
  });

  it('accepts mongodb+srv URIs and bracketed IPv6 brokers', () => {
    const config = loader.load({
      KAFKA_BROKERS: '[::1]:9092',
      MONGODB_URI: 'mongodb+srv://cluster.example.nl/',
    });
    expect(config.KAFKA_BROKERS).toEqual(['[::1]:9092']);
  });

  it.each([
    [
      'missing required var',
      { MONGODB_URI: validEnv.MONGODB_URI },
      'KAFKA_BROKERS',
      'is required but not set',
      undefined,
    ],
    ['bad number', { ...validEnv, PORT: 'eighty' }, 'PORT', 'is not an integer', '"eighty"'],
    [
      'number out of range',
      { ...validEnv, PORT: '70000' },
      'PORT',
      'is above the maximum of 65535',
      '"70000"',
    ],
    [
      'bad enum',
      { ...validEnv, LOG_LEVEL: 'verbose' },
      'LOG_LEVEL',
      'is not one of the allowed values',
      '"verbose"',
    ],
    [
      'bad URI scheme',
      { ...validEnv, MONGODB_URI: 'postgres://x' },
      'MONGODB_URI',
      'does not have the expected form',
      '"postgres://x"',
    ],
    [
      'bad list item',
      { ...validEnv, KAFKA_BROKERS: 'kafka-0:9092,kafka-1' },
      'KAFKA_BROKERS',
      'item 2 ("kafka-1") does not have the expected form',
      '"kafka-0:9092,kafka-1"',
    ],
    ['empty list', { ...validEnv, KAFKA_BROKERS: ' , ' }, 'KAFKA_BROKERS', 'lists nothing', '""'],
  ])('reports a %s', (_label, env, variable, problem, given) => {
    const error = problemsOf(() => loader.load(env));
    expect(error.problems).toEqual([
      expect.objectContaining({ variable, problem, ...(given ? { given } : {}) }),
    ]);
    if (!given) expect(error.problems[0]).not.toHaveProperty('given');
    expect(error.message).toContain(`${variable}: ${problem}`);
  });

  it('lists every problem at once, in schema order, with the expected form', () => {
    const error = problemsOf(() =>
      loader.load({ PORT: '0', LOG_LEVEL: 'loud', MONGODB_URI: 'http://db' }),
    );
    expect(error.problems.map((p) => p.variable)).toEqual([
      'PORT',
      'LOG_LEVEL',
      'KAFKA_BROKERS',
      'MONGODB_URI',
    ]);
    expect(error.message).toBe(
      [
        'Invalid configuration (4 problems):',
        '  - PORT: is below the minimum of 1; given "0"; expected an integer from 1 to 65535',
        '  - LOG_LEVEL: is not one of the allowed values; given "loud"; expected one of trace, debug, info, warn, error',
        '  - KAFKA_BROKERS: is required but not set; expected a comma-separated list of host:port, e.g. kafka-0:9092,kafka-1:9092',
        '  - MONGODB_URI: does not have the expected form; given "http://db"; expected a connection string starting with mongodb:// or mongodb+srv://',
      ].join('\n'),
    );
  });

  it('masks the password of a connection string', () => {
    const error = problemsOf(() =>
      loader.load({ ...validEnv, MONGODB_URI: 'mongodbx://app:s3cr3t@db:27017' }),
    );
    expect(error.message).toContain('given "mongodbx://app:****@db:27017"');
    expect(error.message).not.toContain('s3cr3t');
  });
});

describe('defineConfig with service variables', () => {
  const loader = defineServiceConfig(
    { service: 'casework', defaultPort: 3040 },
    {
      JWT_SIGNING_KEY: Type.String({ minLength: 32 }),
      SMTP_PASSWORD: Type.Optional(Type.String({ minLength: 8 })),
      API_TOKEN: Type.Optional(Type.String({ pattern: '^[a-z]+$' })),
      LETTER_DELIVERY: Type.Optional(Type.String({ minLength: 3, secret: true })),
      MAIL_ENABLED: Type.Boolean({ default: false }),
      RETRY_DELAYS_MS: Type.Array(Type.Integer({ minimum: 0 }), { default: [100, 1000] }),
    },
  );
  const env = { ...validEnv, JWT_SIGNING_KEY: 'k'.repeat(32) };

  it('fills the service defaults: its port and its database name', () => {
    const config = loader.load(env);
    expect(config.PORT).toBe(3040);
    expect(config.MONGODB_DATABASE).toBe('casework');
    // typed: the service's own variables are there with their types
    const enabled: boolean = config.MAIL_ENABLED;
    const delays: number[] = config.RETRY_DELAYS_MS;
    expect([enabled, delays]).toEqual([false, [100, 1000]]);
  });

  it('lets MONGODB_DATABASE override the service name, and validates it', () => {
    expect(loader.load({ ...env, MONGODB_DATABASE: 'casework_acc' }).MONGODB_DATABASE).toBe(
      'casework_acc',
    );
    const error = problemsOf(() => loader.load({ ...env, MONGODB_DATABASE: 'case.work' }));
    expect(error.problems[0]?.variable).toBe('MONGODB_DATABASE');
  });

  it.each([
    ['yes', true],
    ['ON', true],
    ['1', true],
    ['true', true],
    ['no', false],
    ['0', false],
    ['false', false],
  ])('coerces boolean %s', (text, value) => {
    expect(loader.load({ ...env, MAIL_ENABLED: text }).MAIL_ENABLED).toBe(value);
  });

  it('coerces list items to numbers and reports bad ones', () => {
    expect(loader.load({ ...env, RETRY_DELAYS_MS: '50, 500,5000' }).RETRY_DELAYS_MS).toEqual([
      50, 500, 5000,
    ]);
    const error = problemsOf(() =>
      loader.load({ ...env, RETRY_DELAYS_MS: '50,soon', MAIL_ENABLED: 'maybe' }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({
        variable: 'MAIL_ENABLED',
        problem: 'is not true or false',
        given: '"maybe"',
      }),
      expect.objectContaining({
        variable: 'RETRY_DELAYS_MS',
        problem: 'item 2 ("soon") is not an integer',
      }),
    ]);
  });

  it('masks values of variables named like secrets, and of those marked secret', () => {
    const error = problemsOf(() =>
      loader.load({
        ...validEnv,
        JWT_SIGNING_KEY: 'short-key-value',
        SMTP_PASSWORD: 'hunter2',
        API_TOKEN: 'ABC-123-token',
        LETTER_DELIVERY: 'xy',
      }),
    );
    expect(error.problems.map((p) => [p.variable, p.given])).toEqual([
      ['JWT_SIGNING_KEY', '<masked>'],
      ['SMTP_PASSWORD', '<masked>'],
      ['API_TOKEN', '<masked>'],
      ['LETTER_DELIVERY', '<masked>'],
    ]);
    for (const secret of ['short-key-value', 'hunter2', 'ABC-123-token', '"xy"']) {
      expect(error.message).not.toContain(secret);
    }
  });

  it('documents its variables', () => {
    const byName = Object.fromEntries(loader.variables().map((v) => [v.name, v]));
    expect(byName['PORT']).toMatchObject({
      required: false,
      default: 3040,
      expected: 'an integer from 1 to 65535',
    });
    expect(byName['KAFKA_BROKERS']).toMatchObject({ required: true, secret: false });
    expect(byName['JWT_SIGNING_KEY']).toMatchObject({ required: true, secret: true });
    expect(byName['KAFKA_CLIENT_ID']).toMatchObject({ required: false });
  });
});
