import { Topics } from '@inspectorate/contracts';
import { deadLetterOpsSuite, serviceEnv, startTestService } from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';

// Its boot check (live, ready, metrics) is the shared one: e2e/test/boot.e2e-spec.ts.
deadLetterOpsSuite('casework', Topics.registryVestigingen, (scope) => {
  const config = loadConfig.load(serviceEnv(scope));
  return startTestService(AppModule.forRoot(config, { cron: false }), config);
});
