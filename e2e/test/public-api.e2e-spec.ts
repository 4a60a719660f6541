// The committed public API document (what the gateway serves, what
// libs/client's types are made from) is what the services' built bundles
// give today: a changed schema or route of a service fails here until
// `npm run client:generate` is run.
import { assemblePublicDocument, committedDocument } from '../../libs/client/scripts/public-api';

describe('the public API document', () => {
  it("is the one the services' bundles assemble (else: npm run client:generate)", async () => {
    const fresh = await assemblePublicDocument();
    const committed = committedDocument();
    // The operations that differ, rather than a diff of the whole document;
    // anything in this list means: run `npm run client:generate`.
    const paths = (d: Record<string, unknown>) => d['paths'] as Record<string, unknown>;
    const changed = [
      ...new Set([...Object.keys(paths(fresh)), ...Object.keys(paths(committed))]),
    ].filter((p) => JSON.stringify(paths(fresh)[p]) !== JSON.stringify(paths(committed)[p]));
    const outOfDate =
      JSON.stringify(fresh) === JSON.stringify(committed)
        ? []
        : changed.length > 0
          ? changed
          : ['components'];
    expect({ 'services/gateway/src/openapi/public-api.json out of date': outOfDate }).toEqual({
      'services/gateway/src/openapi/public-api.json out of date': [],
    });
  });
});
