import { Inject, Injectable, type OnModuleInit, Optional } from '@nestjs/common';
import { DomainError } from '@inspectorate/http';
import {
  DuplicateKeyError,
  InjectStore,
  type Store,
  defineCollection,
} from '@inspectorate/persistence';
import { type CaseTypeDefinition, validateCaseType } from './case-type';
import { DEFAULT_CASE_TYPES } from './defaults';

interface CaseTypeDoc extends CaseTypeDefinition {
  /** `<code>@<version>`: a version, once stored, never changes. */
  _id: string;
  createdAt: Date;
}

export const CaseTypes = defineCollection<CaseTypeDoc>({
  name: 'case_types',
  fields: {
    _id: { type: String, required: true },
    code: { type: String, required: true },
    version: { type: Number, required: true },
  },
  indexes: [{ code: 1, version: -1 }],
});

/** The catalogue refuses (404 unknown type or version, 409/422 a bad definition); mapped at the HTTP edge. */
export class CaseTypeError extends DomainError {
  override readonly name = 'CaseTypeError';
  readonly kind: DomainError['kind'];

  constructor(
    message: string,
    readonly status: 404 | 409 | 422,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message, issues.length > 0 ? { issues } : {});
    this.kind = status === 404 ? 'not-found' : status === 409 ? 'conflict' : 'rule-violation';
  }
}

/**
 * How long a replica opens new cases with the newest version it read,
 * without asking the database again (injectable as CASE_TYPE_CURRENT_TTL).
 *
 * A short TTL rather than an event: no replica is told when another one
 * stores a version (there is no case-type event, and a Kafka consumer of
 * casework's own changes would still leave a window of its own latency), so
 * each replica forgets what it read after a few seconds, and the replica
 * that stores a version forgets at once. A case opened within those seconds
 * gets the version before: as if it had been opened a moment earlier, which
 * it may be; every case keeps the version it was opened with.
 */
export const CURRENT_TTL_MS = 5_000;
export const CASE_TYPE_CURRENT_TTL = Symbol('casework:case-type-current-ttl');

/** The case type catalogue: versioned definitions in MongoDB, defaults loaded at start. */
@Injectable()
export class CaseTypeCatalogue implements OnModuleInit {
  /** Versions are immutable, so a read cache is always right. */
  private readonly cache = new Map<string, CaseTypeDefinition>();
  /** The newest version per code, read at `readAt` (performance.now(): server time, not the domain clock). */
  private readonly newest = new Map<string, { definition: CaseTypeDefinition; readAt: number }>();

  constructor(
    @InjectStore(CaseTypes) private readonly types: Store<CaseTypeDoc>,
    @Optional()
    @Inject(CASE_TYPE_CURRENT_TTL)
    private readonly currentTtlMs: number = CURRENT_TTL_MS,
  ) {}

  async onModuleInit(): Promise<void> {
    // Every replica does this at start; the _id makes it happen once.
    for (const t of DEFAULT_CASE_TYPES) await this.insert(t).catch(ignoreDuplicate);
  }

  async get(code: string, version: number): Promise<CaseTypeDefinition> {
    const key = `${code}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const doc = await this.types.findById(key);
    if (!doc) throw new CaseTypeError(`case type ${key} does not exist`, 404);
    const definition = strip(doc);
    this.cache.set(key, definition);
    return definition;
  }

  /**
   * The newest version: what a new case is opened with. Read again after
   * CURRENT_TTL_MS (a version stored on another replica), at once after
   * this replica stored one; every case opened saves a read meanwhile.
   */
  async current(code: string): Promise<CaseTypeDefinition> {
    const known = this.newest.get(code);
    if (known && performance.now() - known.readAt < this.currentTtlMs) return known.definition;
    const readAt = performance.now();
    const doc = await this.latest(code);
    if (!doc) throw new CaseTypeError(`case type ${code} does not exist`, 404);
    const definition = strip(doc);
    this.remember(definition, readAt);
    return definition;
  }

  /** Keeps the newest version seen (a slow read never replaces a version stored meanwhile). */
  private remember(definition: CaseTypeDefinition, readAt: number): void {
    const known = this.newest.get(definition.code);
    if (known && known.definition.version > definition.version) return;
    this.newest.set(definition.code, { definition, readAt });
  }

  async list(): Promise<CaseTypeDefinition[]> {
    const docs = await this.types.find({}, { sort: { code: 1, version: 1 } });
    return docs.map(strip);
  }

  /** Stores a new version of a type (or the first of a new type); running cases keep theirs. */
  async addVersion(input: Omit<CaseTypeDefinition, 'version'>): Promise<CaseTypeDefinition> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const latest = await this.latest(input.code);
      const definition: CaseTypeDefinition = { ...input, version: (latest?.version ?? 0) + 1 };
      const issues = validateCaseType(definition);
      if (issues.length > 0) throw new CaseTypeError('the case type is not valid', 422, issues);
      try {
        await this.insert(definition);
        this.remember(definition, performance.now());
        return definition;
      } catch (error) {
        // Another replica stored that version first: take the next number.
        ignoreDuplicate(error);
      }
    }
    throw new CaseTypeError(
      `could not store a new version of ${input.code}: too many concurrent changes`,
      409,
    );
  }

  private latest(code: string): Promise<CaseTypeDoc | null> {
    return this.types.findOne({ code }, { sort: { version: -1 } });
  }

  private async insert(t: CaseTypeDefinition): Promise<void> {
    await this.types.insert({ ...t, _id: `${t.code}@${t.version}`, createdAt: new Date() });
  }
}

function strip(doc: CaseTypeDoc): CaseTypeDefinition {
  const { _id, createdAt, ...definition } = doc;
  void _id;
  void createdAt;
  return definition;
}

function ignoreDuplicate(error: unknown): void {
  if (!(error instanceof DuplicateKeyError)) throw error;
}
