/** The app's prom-client Registry (one per app instance, never the global default). */
export const METRICS_REGISTRY = Symbol('inspectorate:metrics-registry');
