import { Test } from '@nestjs/testing';
import { Injectable } from '@nestjs/common';
import { type BaseConfig, baseConfigSchema } from './base-schema';
import { CONFIG, ConfigModule, InjectConfig } from './config.module';
import { defineConfig } from './define-config';
import { EX_CONFIG, loadConfigOrExit } from './load-or-exit';

const loader = defineConfig(baseConfigSchema);
const env = { KAFKA_BROKERS: 'localhost:9092', MONGODB_URI: 'mongodb://localhost/' };

describe('loadConfigOrExit', () => {
  it('returns the config when it is valid', () => {
    expect(loadConfigOrExit(loader, env).KAFKA_BROKERS).toEqual(['localhost:9092']);
  });

  it('prints every problem to stderr and exits with EX_CONFIG (78)', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as never);
    const stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => loadConfigOrExit(loader, { PORT: 'x' })).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(EX_CONFIG);
      expect(EX_CONFIG).toBe(78);
      const printed = String(stderr.mock.calls[0]?.[0]);
      expect(printed).toContain('Invalid configuration (3 problems)');
      expect(printed).toContain('PORT: is not an integer');
      expect(printed).toContain('KAFKA_BROKERS: is required but not set');
      expect(printed).toContain('MONGODB_URI: is required but not set');
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('ConfigModule', () => {
  @Injectable()
  class NeedsConfig {
    constructor(@InjectConfig() readonly config: BaseConfig) {}
  }

  it('provides a loaded config globally under CONFIG', async () => {
    const config = loader.load(env);
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
      providers: [NeedsConfig],
    }).compile();
    expect(moduleRef.get(CONFIG)).toBe(config);
    expect(moduleRef.get(NeedsConfig).config.PORT).toBe(3000);
  });

  it('loads from process.env when given the loader', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, env, { PORT: '4321' });
    try {
      const moduleRef = await Test.createTestingModule({
        imports: [ConfigModule.forRoot(loader)],
      }).compile();
      expect(moduleRef.get<BaseConfig>(CONFIG).PORT).toBe(4321);
    } finally {
      process.env = saved;
    }
  });
});
