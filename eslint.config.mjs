// One lint config for the whole workspace.
// - @nx/enforce-module-boundaries: a service may import libs, never another service.
// - Type-aware rules that catch what tests miss in async Node code: floating
//   promises, promises passed where callbacks are expected, non-exhaustive switches.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      'deploy/local/.cache/**',
      'deploy/local/.data/**',
      'deploy/local/.run/**',
      '**/*.js',
      '**/*.mjs',
      'tmp/**',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // With noUncheckedIndexedAccess every index is possibly undefined; a `!`
      // where the code has just checked is the explicit, reviewable form.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // CLIs, benchmarks and tests talk to a person on the terminal.
    files: [
      '**/scripts/**/*.ts',
      '**/bench/**/*.ts',
      '**/test/**/*.ts',
      '**/*.spec.ts',
      '**/cli/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // The end-to-end tests assemble several services in one process (to share
    // a scenario clock), so they import the services' modules by path, which
    // the boundaries rule forbids everywhere else. Nothing imports e2e/.
    files: ['e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', 'no-console': 'off' },
  },
  {
    // The demo (`npm start`) drives the services through their APIs and takes
    // their demo data by path; it is tooling, nothing imports it.
    files: ['scripts/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
];
