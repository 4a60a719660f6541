/** Variable names whose values never appear in errors or logs. */
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|KEY/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Hides the password in `scheme://user:password@host` so a connection string
 * (MONGODB_URI) can be shown in an error without leaking its credentials.
 */
export function maskUrlCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/i, '$1:****@');
}

/** How a given value is shown in a ConfigError: quoted, masked when secret. */
export function showGiven(name: string, value: unknown, secret: boolean): string {
  if (secret || isSecretName(name)) return '<masked>';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(maskUrlCredentials(text));
}
