import { Injectable, Logger } from '@nestjs/common';
import {
  DuplicateKeyError,
  InjectStore,
  type Store,
  defineCollection,
} from '@inspectorate/persistence';
import { DEFAULT_TEMPLATES } from '../domain/default-templates';
import type { TemplateContent, TemplateVersion } from '../domain/template';

/**
 * Templates as versioned data: one document per (name, version), never
 * changed once written; the highest version is the one in use. A letter
 * records the version it was made from.
 */
export interface TemplateDoc extends TemplateVersion {
  /** `<name>@<version>`: the unique key that makes concurrent writers collide instead of both winning. */
  _id: string;
  createdAt: Date;
  createdBy: string;
}

export const Templates = defineCollection<TemplateDoc>({
  name: 'templates',
  fields: {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    version: { type: Number, required: true },
  },
  indexes: [[{ name: 1, version: -1 }, { unique: true }]],
});

@Injectable()
export class TemplatesStore {
  private readonly log = new Logger(TemplatesStore.name);

  constructor(@InjectStore(Templates) private readonly templates: Store<TemplateDoc>) {}

  /**
   * Writes version 1 of every default template that has no version yet. Run
   * by every replica at start: the fixed `_id` makes a second writer collide
   * (E11000) instead of adding a copy, and a template the inspectorate
   * already replaced is left alone.
   */
  async seedDefaults(now: Date): Promise<string[]> {
    const seeded: string[] = [];
    for (const [name, content] of Object.entries(DEFAULT_TEMPLATES)) {
      if (await this.templates.exists({ name })) continue;
      try {
        await this.templates.insert({
          _id: `${name}@1`,
          name,
          version: 1,
          ...content,
          createdAt: now,
          createdBy: 'seed',
        });
        seeded.push(name);
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    }
    if (seeded.length > 0) this.log.log(`seeded default templates: ${seeded.join(', ')}`);
    return seeded;
  }

  latest(name: string): Promise<TemplateDoc | null> {
    return this.templates.findOne({ name }, { sort: { version: -1 } });
  }

  version(name: string, version: number): Promise<TemplateDoc | null> {
    return this.templates.findById(`${name}@${version}`);
  }

  async names(): Promise<string[]> {
    const docs = await this.templates.find({}, { projection: { name: 1 } });
    return [...new Set(docs.map((d) => d.name))].sort();
  }

  async list(): Promise<TemplateDoc[]> {
    const names = await this.names();
    const latest = await Promise.all(names.map((n) => this.latest(n)));
    return latest.filter((t): t is TemplateDoc => t !== null);
  }

  /** Stores `content` as the next version of `name`; two writers at once get consecutive versions. */
  async addVersion(
    name: string,
    content: TemplateContent,
    createdBy: string,
    now: Date,
  ): Promise<TemplateDoc> {
    for (let tries = 0; tries < 10; tries++) {
      const version = ((await this.latest(name))?.version ?? 0) + 1;
      const doc: TemplateDoc = {
        _id: `${name}@${version}`,
        name,
        version,
        ...content,
        createdAt: now,
        createdBy,
      };
      try {
        await this.templates.insert(doc);
        return doc;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    }
    throw new Error(
      `could not store a new version of template '${name}': too many concurrent writers`,
    );
  }
}
