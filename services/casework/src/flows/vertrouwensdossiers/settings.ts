/** What the vertrouwensdossiers take from the service's configuration. */
export interface VertrouwensSettings {
  /** ISO-8601 duration after closing after which a dossier is destroyed (VERTROUWENSDOSSIER_BEWAARTERMIJN). */
  retention: string;
}
export const VERTROUWENS_SETTINGS = Symbol('casework:vertrouwens-settings');

/** Who reads or works on a dossier, from the verified token: a stable id and a name for people. */
export interface Reader {
  id: string;
  name: string;
}
