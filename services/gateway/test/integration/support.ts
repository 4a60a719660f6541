import {
  type RunningService,
  oidcEnv,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import { AppModule, type GatewayOptions } from '../../src/app.module';
import { loadConfig } from '../../src/config';

/** A gateway on the real stack, verifying tokens of the real Keycloak. */
export async function startGateway(
  name: string,
  env: Record<string, string> = {},
  options: GatewayOptions = {},
): Promise<RunningService> {
  const oidc = oidcEnv();
  const config = loadConfig.load(
    serviceEnv(testScope(name), {
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: oidc.audience,
      ...env,
    }),
  );
  return startTestService(AppModule.forRoot(config, { cron: false, ...options }), config);
}
