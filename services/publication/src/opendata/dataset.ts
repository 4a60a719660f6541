import { createHash } from 'node:crypto';
import type { PublicItem, PublicationRule } from '../domain/rules';
import type { Place } from '../places/places';

/** A published item of a data set and where its school is (the registry's place; not in the view). */
export interface DatasetItem {
  item: PublicItem;
  place: Place | null;
}

/**
 * An open data set as files: the columns (the data dictionary) come from the
 * publication rule, the rows from the published views only, so the files show
 * exactly what the API shows, after the same personal-data gate.
 */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'date' | 'date-time' | 'enum';
  values?: readonly string[];
  description: string;
  /** `element`: the list element of the row (a rule with a list field has a row per element). */
  value: (
    item: PublicItem,
    element: Record<string, unknown> | null,
    place: Place | null,
  ) => string | number | null;
}

const common: Column[] = [
  {
    name: 'itemId',
    type: 'string',
    description: 'Id of the item (stable; the API path /public/items/{itemId})',
    value: (i) => i.itemId,
  },
  {
    name: 'version',
    type: 'integer',
    description: 'Goes up with every published correction',
    value: (i) => i.version,
  },
  {
    name: 'publishedAt',
    type: 'date-time',
    description: 'First published (UTC)',
    value: (i) => i.publishedAt,
  },
  {
    name: 'updatedAt',
    type: 'date-time',
    description: 'Last changed (UTC)',
    value: (i) => i.updatedAt,
  },
  {
    name: 'schooljaar',
    type: 'string',
    description: 'Schooljaar, e.g. 2025-2026',
    value: (i) => i.schooljaar,
  },
  {
    name: 'bevoegdGezagNummer',
    type: 'string',
    description: 'The board (five digits, DUO)',
    value: (i) => i.bevoegdGezagNummer,
  },
  { name: 'brin', type: 'string', description: 'The school (BRIN, DUO)', value: (i) => i.brin },
  {
    name: 'vestigingCode',
    type: 'string',
    description: 'The vestiging (BRIN + two digits, DUO)',
    value: (i) => i.vestigingCode,
  },
  {
    name: 'gemeente',
    type: 'string',
    description:
      "CBS gemeentecode of the school's vestiging (four digits, e.g. 0363 Amsterdam), as the registry says; empty while not known",
    value: (_i, _e, place) => place?.gemeente ?? null,
  },
  {
    name: 'provincie',
    type: 'string',
    description:
      "Provincie of the school's vestiging as DUO writes it (e.g. Noord-Brabant), as the registry says; empty while not known",
    value: (_i, _e, place) => place?.provincie ?? null,
  },
  {
    name: 'afdeling',
    type: 'enum',
    values: ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'],
    description: 'The vo afdeling, if any',
    value: (i) => i.afdeling,
  },
];
const reportColumns: Column[] = [
  {
    name: 'reportTitle',
    type: 'string',
    description: 'Title of the non-personalised report',
    value: (i) => i.report?.title ?? null,
  },
  {
    name: 'reportText',
    type: 'string',
    description: 'Text of the non-personalised report, paragraphs separated by a blank line',
    value: (i) => (i.report ? i.report.paragraphs.join('\n\n') : null),
  },
  {
    name: 'reportPdf',
    type: 'string',
    description: 'Path of the report as PDF (extractable text), under the public API',
    value: (i) => i.reportPdf ?? null,
  },
];
const zienswijzeColumn: Column = {
  name: 'zienswijzeText',
  type: 'string',
  description:
    "The board's zienswijze published with a Zeer zwak report, paragraphs separated by a blank line",
  value: (i) => (i.zienswijze ? i.zienswijze.paragraphs.join('\n\n') : null),
};

export function columnsOf(rule: PublicationRule): Column[] {
  return [
    ...common,
    ...rule.fields.flatMap((f): Column[] =>
      f.type === 'list'
        ? (f.keys ?? []).map((k) => ({
            name: `${f.name}.${k.name}`,
            type: 'string',
            description: `${f.description}: ${k.description}`,
            value: (_i, element) => (element?.[k.name] as string | null | undefined) ?? null,
          }))
        : [
            {
              name: f.name,
              type: f.type,
              ...(f.values ? { values: f.values } : {}),
              description: f.description,
              value: (i: PublicItem) => (i.fields[f.name] as string | null | undefined) ?? null,
            },
          ],
    ),
    ...(rule.report ? reportColumns : []),
    ...(rule.zienswijze ? [zienswijzeColumn] : []),
  ];
}

/** An item's rows: one per element of the rule's list field (one row when it has none or it is empty). */
function rowsOf(rule: PublicationRule, item: PublicItem): (Record<string, unknown> | null)[] {
  const list = rule.fields.find((f) => f.type === 'list');
  const elements = list ? (item.fields[list.name] as Record<string, unknown>[] | undefined) : null;
  return elements && elements.length > 0 ? elements : [null];
}

export function dictionaryOf(rule: PublicationRule) {
  return {
    dataset: rule.dataset,
    title: rule.datasetTitle,
    kind: rule.kind,
    published: rule.when.description,
    files: [`${rule.dataset}.csv`, `${rule.dataset}.json`],
    rows: rule.fields.some((f) => f.type === 'list')
      ? 'CSV: one row per element of the list columns (name.key); JSON: one item per report, with the list'
      : 'one row per item',
    encoding:
      'UTF-8; CSV with a header row, comma-separated, RFC 4180 quoting; empty = unknown or not applicable',
    columns: columnsOf(rule).map(({ name, type, values, description }) => ({
      name,
      type,
      ...(values ? { values: [...values] } : {}),
      description,
    })),
  };
}

/** RFC 4180, and a cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rule: PublicationRule, items: readonly DatasetItem[]): string {
  const columns = columnsOf(rule);
  const lines = [columns.map((c) => c.name).join(',')];
  for (const { item, place } of items)
    for (const element of rowsOf(rule, item))
      lines.push(columns.map((c) => csvCell(c.value(item, element, place))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The items as the API shows them, each with its `gemeente` and `provincie` (the CSV's columns). */
export function toJson(rule: PublicationRule, items: readonly DatasetItem[]): string {
  return JSON.stringify({
    dataset: rule.dataset,
    title: rule.datasetTitle,
    dictionary: `/public/datasets/${rule.dataset}/dictionary`,
    items: items.map(({ item, place }) => ({
      ...item,
      gemeente: place?.gemeente ?? null,
      provincie: place?.provincie ?? null,
    })),
  });
}

export const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url');
