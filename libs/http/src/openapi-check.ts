import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { SCHOOLJAAR_FORMAT, isSchooljaar } from '@inspectorate/contracts';

type Json = Record<string, unknown>;

interface Operation {
  key: string;
  method: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/**
 * Checks real answers against a service's OpenAPI document: the status must
 * be documented (or fall to `default`), the content type must be one the
 * document names for it, and a JSON body must validate against its schema
 * (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). `unchecked()` lists the
 * operations no answer was checked for, so a spec can insist on all of them.
 */
export class OpenApiChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
  private readonly operations: Operation[] = [];
  private readonly checked = new Set<string>();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: Json) {
    addFormats(this.ajv);
    this.ajv.addFormat(SCHOOLJAAR_FORMAT, { type: 'string', validate: isSchooljaar });
    this.ajv.addSchema({ $id: 'openapi:components', ...(document['components'] as Json) });
    for (const [path, item] of Object.entries(document['paths'] as Record<string, Json>)) {
      for (const [method, op] of Object.entries(item)) {
        const source = path
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
        this.operations.push({
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          pattern: new RegExp(`^${source}/?$`),
          params: (path.match(/\{/g) ?? []).length,
          responses: (op as Json)['responses'] as Operation['responses'],
        });
      }
    }
  }

  /** The problems of one answer; [] when it matches the document. */
  check(answer: {
    method: string;
    path: string;
    status: number;
    contentType?: string;
    body: unknown;
  }): string[] {
    const path = answer.path.split('?')[0]!;
    const candidates = this.operations
      .filter((o) => o.method === answer.method.toUpperCase() && o.pattern.test(path))
      .sort((a, b) => a.params - b.params);
    const op = candidates[0];
    const what = `${answer.method} ${path} → ${answer.status}`;
    if (!op)
      return answer.status === 404 || answer.status === 405
        ? []
        : [`${what}: no such operation in the document`];
    this.checked.add(op.key);
    const status = String(answer.status);
    const response =
      op.responses[status] ?? op.responses[`${status[0]}XX`] ?? op.responses['default'];
    if (!response) return [`${what}: status not documented`];
    const type = (answer.contentType ?? '').split(';')[0]!.trim();
    if (!response.content)
      return type &&
        answer.status !== 204 &&
        answer.body !== '' &&
        answer.body !== undefined &&
        !(
          typeof answer.body === 'object' &&
          answer.body !== null &&
          Object.keys(answer.body).length === 0
        )
        ? [`${what}: answered ${type} where the document has no content`]
        : [];
    const media = response.content[type];
    if (!media)
      return [
        `${what}: content type ${type || 'none'} is not one of ${Object.keys(response.content).join(', ')}`,
      ];
    if (!type.includes('json') || !media.schema) return [];
    const schema = JSON.stringify(media.schema).replace(
      /"#\/components\//g,
      '"openapi:components#/',
    );
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(schema) as Json);
      this.compiled.set(schema, validate);
    }
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${what}: ${e.instancePath || '/'} ${e.message ?? e.keyword}`,
    );
  }

  /** Operations (METHOD path) for which no answer was checked. */
  unchecked(): string[] {
    return this.operations.map((o) => o.key).filter((k) => !this.checked.has(k));
  }
}
