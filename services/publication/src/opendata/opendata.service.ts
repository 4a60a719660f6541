import { Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { PUBLICATION_RULES, ruleForDataset } from '../domain/rules';
import type { FeedDoc } from '../feed/feed.service';
import { PublicQueries } from '../items/public.queries';
import { Feed, OpenDataFiles } from '../persistence/collections';
import { contentHash, type DatasetItem, toCsv, toJson } from './dataset';

/** One generated file of a data set. */
export interface OpenDataFileDoc {
  /** `<dataset>.csv` or `<dataset>.json` */
  _id: string;
  dataset: string;
  format: 'csv' | 'json';
  content: string;
  /** Strong ETag: the hash of the content (the file changes only when its content does). */
  etag: string;
  rows: number;
  generatedAt: Date;
  /** The last feed entry of the data set this file has seen. */
  throughSeq: number;
}

/**
 * Regenerates a data set's files when its content changed: after a feed
 * entry of the data set, the rows are read again and the files rewritten only
 * if their content differs (same content, same ETag and date). Runs in the
 * leased publication run. One document per file: fine up to MongoDB's 16 MB
 * (tens of thousands of rows); beyond that the files go to object storage.
 */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectStore(OpenDataFiles) private readonly files: Store<OpenDataFileDoc>,
    @InjectStore(Feed) private readonly feed: Store<FeedDoc>,
    private readonly queries: PublicQueries,
    private readonly clock: Clock,
  ) {}

  async regenerate(): Promise<string[]> {
    const written: string[] = [];
    for (const rule of PUBLICATION_RULES) {
      const [last] = await this.feed.find(
        { dataset: rule.dataset },
        { sort: { _id: -1 }, limit: 1, projection: { _id: 1 } },
      );
      const through = last?._id ?? 0;
      const current = await this.files.findById(`${rule.dataset}.json`, {
        projection: { content: 0 },
      });
      if (current && current.throughSeq >= through) continue;
      const items: DatasetItem[] = [];
      for await (const item of this.queries.allOf(rule.dataset)) items.push(item);
      for (const [format, content] of [
        ['csv', toCsv(rule, items)],
        ['json', toJson(rule, items)],
      ] as const) {
        const id = `${rule.dataset}.${format}`;
        const etag = `"${contentHash(content)}"`;
        const changed = await this.files.update(
          { _id: id, etag: { $ne: etag } },
          {
            $set: {
              content,
              etag,
              rows: items.length,
              generatedAt: this.clock.now(),
              throughSeq: through,
            },
          },
        );
        if (changed.matched === 1) {
          written.push(id);
          continue;
        }
        if (await this.files.exists({ _id: id })) {
          await this.files.update({ _id: id }, { $set: { throughSeq: through } });
          continue;
        }
        await this.files.insert({
          _id: id,
          dataset: rule.dataset,
          format,
          content,
          etag,
          rows: items.length,
          generatedAt: this.clock.now(),
          throughSeq: through,
        });
        written.push(id);
      }
    }
    return written;
  }

  file(name: string): Promise<OpenDataFileDoc | null> {
    return this.files.findById(name);
  }

  async list() {
    const out = [];
    for (const rule of PUBLICATION_RULES) {
      const json = await this.files.findById(`${rule.dataset}.json`, {
        projection: { content: 0 },
      });
      out.push({
        dataset: rule.dataset,
        title: rule.datasetTitle,
        rows: json?.rows ?? 0,
        generatedAt: json?.generatedAt.toISOString() ?? null,
        csv: `/public/datasets/${rule.dataset}.csv`,
        json: `/public/datasets/${rule.dataset}.json`,
        dictionary: `/public/datasets/${rule.dataset}/dictionary`,
      });
    }
    return out;
  }

  rule(dataset: string) {
    return ruleForDataset(dataset);
  }
}
