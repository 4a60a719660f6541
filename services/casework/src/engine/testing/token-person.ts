import type { Actor as TokenActor } from '@inspectorate/auth';

/** The verified actor of a person's request, as libs/auth makes it from a token (for specs). */
export const tokenPerson = (
  username: string,
  name: string,
  roles: TokenActor['roles'],
): TokenActor => ({
  kind: 'person',
  subject: `sub-${username}`,
  name,
  username,
  roles,
  issuer: 'https://idp.test/realms/inspectorate',
});
