/*
 * There is no container engine on the development machines, so nothing here
 * builds the image. What can drift without anyone noticing is the contract
 * between the Dockerfile, the Nx build target and the charts; that is checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}
interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Dockerfile instructions by stage: comments dropped, `\` continuations joined. */
export function parseDockerfile(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (!pending) startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trimEnd()} `;
      return;
    }
    const full = `${pending}${line}`.trim();
    pending = '';
    const match = /^(\w+)\s+(.*)$/s.exec(full);
    if (!match) throw new Error(`Dockerfile line ${startLine}: cannot read "${full}"`);
    const instruction = { keyword: match[1]!.toUpperCase(), args: match[2]!, line: startLine };
    if (instruction.keyword === 'FROM') {
      const [from, as, name] = instruction.args.split(/\s+/);
      stages.push({
        from: from!,
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        instructions: [],
      });
    } else if (stages.length === 0) {
      if (instruction.keyword !== 'ARG')
        throw new Error(`Dockerfile line ${startLine}: ${instruction.keyword} before any FROM`);
      globalArgs.push(instruction);
    } else {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  });
  return { globalArgs, stages };
}

/** What scripts/build-service.mjs says about where it writes (the script is ESM: ask node). */
function buildLayout(): { outdir: string; entry: string } {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('./scripts/build-service.mjs'); console.log(JSON.stringify(m.LAYOUT));",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out) as { outdir: string; entry: string };
}

const services = readdirSync(path.join(root, 'services')).filter((name) =>
  existsSync(path.join(root, 'services', name, 'project.json')),
);

describe('the Dockerfile', () => {
  const { globalArgs, stages } = parseDockerfile(read('Dockerfile'));
  const stage = (name: string) => {
    const found = stages.find((s) => s.name === name);
    if (!found) throw new Error(`the Dockerfile has no stage "${name}"`);
    return found;
  };
  const all = (s: Stage, keyword: string) =>
    s.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
  const runtime = stages[stages.length - 1]!;
  const layout = buildLayout();
  // The build's output folder as the Dockerfile spells it.
  const bundleDir = layout.outdir.replace('<service>', '${SERVICE}');

  it('builds every stage on the official Node 20 slim image', () => {
    const nodeImage = globalArgs.find((a) => a.args.startsWith('NODE_IMAGE='));
    expect(nodeImage?.args).toBe('NODE_IMAGE=node:20-bookworm-slim');
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s.from).toBe('${NODE_IMAGE}');
  });

  it('builds with the commands CI runs: npm ci, then the service’s Nx build target', () => {
    const build = stage('build');
    const runs = all(build, 'RUN');
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs).toContain('npx nx run ${SERVICE}:build');
    expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(
      runs.indexOf('npx nx run ${SERVICE}:build'),
    );
  });

  it('names a build target that every service has, writing where the Dockerfile copies from', () => {
    const nx = json<{
      targetDefaults: Record<
        string,
        { command?: string; options?: { command?: string }; outputs?: string[] }
      >;
    }>('nx.json');
    const target = nx.targetDefaults['build']!;
    expect(target.options?.command).toBe('node scripts/build-service.mjs {projectName}');
    expect(target.outputs).toEqual([
      `{workspaceRoot}/${layout.outdir.replace('<service>', '{projectName}')}`,
    ]);
    expect(services.length).toBe(7);
    for (const name of services) {
      const project = json<{ name: string; targets: Record<string, unknown> }>(
        `services/${name}/project.json`,
      );
      expect({ name, build: project.targets['build'] }).toEqual({ name, build: {} });
      expect(project.name).toBe(name);
    }
  });

  it('installs only the bundle’s production dependencies, from the lock the build wrote', () => {
    const deps = stage('dependencies');
    expect(all(deps, 'COPY')).toContain(
      `--from=build /repo/${bundleDir}/package.json /repo/${bundleDir}/package-lock.json ./`,
    );
    expect(all(deps, 'RUN')).toEqual(['npm ci --omit=dev --ignore-scripts --no-audit --no-fund']);
    expect(all(deps, 'WORKDIR')).toEqual(['/app/dist']);
    expect(all(runtime, 'COPY')).toContain(
      '--from=dependencies /app/dist/node_modules dist/node_modules',
    );
  });

  it('runs `node dist/main.js`, the bundle the build target produces, as uid/gid 1000 like the charts', () => {
    expect(all(runtime, 'WORKDIR')).toEqual(['/app']);
    expect(all(runtime, 'COPY')).toContain(`--from=build /repo/${bundleDir}/ dist/`);
    expect(all(runtime, 'ENTRYPOINT')).toEqual([
      JSON.stringify(['node', `dist/${layout.entry}`]).replace(/,/g, ', '),
    ]);
    expect(all(runtime, 'USER')).toEqual(['1000:1000']);
    // Nothing is written in the image at run time; the chart mounts the root read-only.
    expect(all(runtime, 'RUN')).toEqual([]);
    expect(all(runtime, 'VOLUME')).toEqual([]);
    for (const name of services) {
      const values = parseYaml(read(`charts/${name}/values.yaml`)) as {
        image: { repository: string };
        podSecurityContext: { runAsUser: number; runAsGroup: number };
        containerSecurityContext: { readOnlyRootFilesystem: boolean };
      };
      expect({ name, ...values.podSecurityContext }).toMatchObject({
        name,
        runAsUser: 1000,
        runAsGroup: 1000,
      });
      expect(values.containerSecurityContext.readOnlyRootFilesystem).toBe(true);
      // The tag docs/runbooks/deploy.md gives: <registry>/inspectorate/<service>:<tag>.
      expect(values.image.repository).toBe(`inspectorate/${name}`);
    }
  });

  it('has a .dockerignore that keeps local installs, builds and stack data out of the context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const entry of ['.git', '**/node_modules', 'dist', '.nx', 'deploy/local/.data'])
      expect(ignored).toContain(entry);
  });

  it('is documented with the build and tag commands', () => {
    const runbook = read('docs/runbooks/deploy.md');
    expect(runbook).toContain('--build-arg SERVICE=');
    expect(runbook).toContain('inspectorate/$SERVICE:$TAG');
  });
});

describe('parseDockerfile', () => {
  it('joins continuation lines, drops comments and says where it cannot read a line', () => {
    const parsed = parseDockerfile('ARG A=1\n# c\nFROM x AS b\nRUN a \\\n  b\n');
    expect(parsed.stages[0]!.instructions).toEqual([{ keyword: 'RUN', args: 'a b', line: 4 }]);
    expect(() => parseDockerfile('FROM x\n???\n')).toThrow('Dockerfile line 2');
    expect(() => parseDockerfile('RUN x\n')).toThrow('Dockerfile line 1: RUN before any FROM');
  });
});
