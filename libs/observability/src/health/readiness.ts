/**
 * One dependency the service needs to do its work (MongoDB, Kafka, ...).
 * `check()` resolves when the dependency answers and throws (with a message
 * worth reading in the readiness response) when it does not. Implement it in
 * an `@Injectable()` class and list the class in `HealthModule.forRoot`.
 */
export interface ReadinessCheck {
  /** The key in the Terminus response, e.g. `mongodb`, `kafka`. */
  readonly name: string;
  check(): Promise<void>;
}

/** The instances of every readiness check of the app, in the order given. */
export const READINESS_CHECKS = Symbol('inspectorate:readiness-checks');

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
