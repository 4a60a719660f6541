#!/usr/bin/env node
// Builds one service into a deployable bundle (the Nx `build` target runs this):
//
//   node scripts/build-service.mjs <service>
//
// dist/services/<service>/
//   main.js            the service and the libs/ it uses, one CommonJS file; `node main.js` runs it
//   main.js.map        source map (node --enable-source-maps shows .ts lines)
//   package.json       only the npm packages main.js requires, at the versions installed here
//   package-lock.json  the workspace lock pruned to those packages, for `npm ci --omit=dev`
//
// esbuild bundles; each .ts file goes through swc first, because Nest's
// dependency injection and mongoose's @Prop read the design-time types that
// `emitDecoratorMetadata` writes, and esbuild does not write them. npm packages
// stay outside the bundle (required from node_modules at run time, like any
// Node program): some read files next to their own code (pdfkit's fonts), and
// Nest loads its optional packages by name.
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where a bundle lands, relative to the workspace root (the Dockerfile and its test read this). */
export const LAYOUT = { outdir: 'dist/services/<service>', entry: 'main.js' };

/** Packages that code inside node_modules loads by name without declaring them (see below). */
const IMPLICIT = {
  // NestFactory.create() requires the HTTP adapter by name from @nestjs/core.
  '@nestjs/core': ['@nestjs/platform-express'],
};

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  // esbuild turns the ES modules into one CommonJS file.
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

/** The workspace libraries by import name, from tsconfig.base.json (the one list of them). */
function workspaceLibs() {
  const { compilerOptions } = JSON.parse(
    readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
  );
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([name, [file]]) => [name, path.join(root, file)]),
  );
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const builtins = new Set(builtinModules);
const isBuiltin = (specifier) =>
  specifier.startsWith('node:') || builtins.has(packageName(specifier));

function workspacePlugin(swc, libs) {
  return {
    name: 'workspace',
    setup(build) {
      build.onResolve({ filter: /^@inspectorate\// }, (args) => {
        const file = libs[args.path];
        if (!file) return { errors: [{ text: `unknown workspace library ${args.path}` }] };
        return { path: file };
      });
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = readFileSync(args.path, 'utf8');
        const { code } = await swc.transform(source, { ...SWC_OPTIONS, filename: args.path });
        return { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** The installed version of a package, as node resolves it from the workspace root. */
function installedVersion(name) {
  const file = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) throw new Error(`${name} is required by the bundle but not installed`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** The workspace lock reduced to `dependencies` and what they need (Nx's own pruning). */
async function prunedLock(packageJson) {
  const { createProjectGraphAsync } = await import('@nx/devkit');
  const { createLockFile } = await import('nx/src/plugins/js/lock-file/lock-file.js');
  const graph = await createProjectGraphAsync({ exitOnError: true });
  return createLockFile(packageJson, graph, 'npm');
}

export async function buildService(name, { lock = true } = {}) {
  const entry = path.join(root, 'services', name, 'src/main.ts');
  if (!existsSync(entry)) throw new Error(`no service "${name}": ${entry} does not exist`);
  const outdir = path.join(root, LAYOUT.outdir.replace('<service>', name));
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const [esbuild, swc] = await Promise.all([import('esbuild'), import('@swc/core')]);
  const result = await esbuild.build({
    entryPoints: { [path.basename(LAYOUT.entry, '.js')]: entry },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    // Nest names providers and loggers after their classes, @nestjs/mongoose its models.
    keepNames: true,
    metafile: true,
    logLevel: 'warning',
    // main.ts checks `require.main === module`: that is the bundle's own module.
    logOverride: { 'commonjs-variable-in-esm': 'silent' },
    plugins: [workspacePlugin(swc.default ?? swc, workspaceLibs())],
  });

  const required = new Set();
  for (const input of Object.values(result.metafile.inputs))
    for (const imp of input.imports)
      // `<runtime>` is esbuild's own helper code, already in the bundle.
      if (imp.external && !imp.path.startsWith('<') && !isBuiltin(imp.path))
        required.add(packageName(imp.path));
  for (const [pkg, extra] of Object.entries(IMPLICIT))
    if (required.has(pkg)) for (const e of extra) required.add(e);
  const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const pkg of required)
    if (!rootPackage.dependencies?.[pkg])
      throw new Error(
        `services/${name} needs ${pkg} at run time, but package.json lists it ${rootPackage.devDependencies?.[pkg] ? 'under devDependencies' : 'nowhere'}: move it to dependencies`,
      );

  const packageJson = {
    name: `@inspectorate/${name}`,
    version: rootPackage.version,
    private: true,
    license: rootPackage.license,
    main: LAYOUT.entry,
    engines: rootPackage.engines,
    dependencies: Object.fromEntries(
      [...required].sort().map((pkg) => [pkg, installedVersion(pkg)]),
    ),
  };
  writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  if (lock) writeFileSync(path.join(outdir, 'package-lock.json'), await prunedLock(packageJson));
  return { outdir, dependencies: packageJson.dependencies };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name) {
    console.error('usage: node scripts/build-service.mjs <service>');
    process.exit(2);
  }
  const t = Date.now();
  buildService(name).then(
    ({ outdir, dependencies }) =>
      console.log(
        `built ${path.relative(root, outdir)}/main.js in ${((Date.now() - t) / 1000).toFixed(1)}s (${Object.keys(dependencies).length} npm packages)`,
      ),
    (error) => {
      console.error(`build of ${name} failed: ${error.message}`);
      process.exit(1);
    },
  );
}
