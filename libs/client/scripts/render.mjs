// Renders, from an OpenAPI document on stdin, the client's types
// (`node render.mjs types <header>`) or the document itself (`node render.mjs
// json`), formatted as `prettier --check` wants them. A node of its own:
// openapi-typescript and prettier load ES modules, which jest cannot.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const [mode, target, header = ''] = process.argv.slice(2);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const document = JSON.parse(input);
const text =
  mode === 'types'
    ? header + astToString(await openapiTS(document))
    : JSON.stringify(document, null, 2);
const file = path.join(root, target);
const options = await prettier.resolveConfig(file);
process.stdout.write(await prettier.format(text, { ...options, filepath: file }));
