import { Injectable, type OnModuleInit } from '@nestjs/common';
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

/** The case type catalogue: versioned definitions in MongoDB, defaults loaded at start. */
@Injectable()
export class CaseTypeCatalogue implements OnModuleInit {
  /** Versions are immutable, so a read cache is always right. */
  private readonly cache = new Map<string, CaseTypeDefinition>();

  constructor(@InjectStore(CaseTypes) private readonly types: Store<CaseTypeDoc>) {}

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

  /** The newest version: what a new case is opened with. */
  async current(code: string): Promise<CaseTypeDefinition> {
    const doc = await this.latest(code);
    if (!doc) throw new CaseTypeError(`case type ${code} does not exist`, 404);
    return strip(doc);
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
