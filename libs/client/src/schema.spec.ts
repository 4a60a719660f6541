import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_TYPES, clientTypesText, committedDocument } from '../scripts/public-api';

const root = path.resolve(__dirname, '../../..');
const committedTypes = () => readFileSync(path.join(root, CLIENT_TYPES), 'utf8');

/** The generated types match the document they should be made from. */
function expectUpToDate(document: Record<string, unknown>, types: string): void {
  // One line saying what to do, rather than a diff of a 200 kB file.
  if (clientTypesText(document) !== types)
    throw new Error(
      `${CLIENT_TYPES} is out of date with the public API document: run npm run client:generate`,
    );
}

describe('the generated client types', () => {
  it('are those of the committed public document', () => {
    expectUpToDate(committedDocument(), committedTypes());
  });

  it('are found out of date for a document changed since', () => {
    // A small document keeps this quick: any change to the document counts.
    const changed = {
      openapi: '3.1.0',
      info: { title: 'changed', version: '1' },
      paths: { '/api/v1/schools': { get: { responses: { 200: { description: 'ok' } } } } },
    };
    expect(() => expectUpToDate(changed, committedTypes())).toThrow(/npm run client:generate/);
  });
});
