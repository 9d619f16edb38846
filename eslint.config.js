import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (README «Architecture»): what each folder of `ingest/src` may import.
 * `text/` and `parse/` are pure (no IO, no storage, no search, no extraction); storage and
 * search never reach up into extraction, the pipeline or the composition root.
 */
const IO_MODULES = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'worker_threads',
  'node:worker_threads',
  'net',
  'node:net',
  'http',
  'node:http',
  'better-sqlite3',
  'meilisearch',
];
const UP_FROM_STORAGE = [
  '@sanad/server',
  '@sanad/server/*',
  '**/extract/**',
  '**/pipeline.ts',
  '**/archive.ts',
  '**/isolate/**',
  '**/reparse.ts',
  '**/cli.ts',
];
const restrict = (groups, message, paths = []) => [
  'error',
  { paths: paths.map((name) => ({ name, message })), patterns: [{ group: groups, message }] },
];
const RAW_BLOCK =
  'The whole U+0600–U+06FF block is not "letters": use AR_LETTER from text/chars.ts (in parse/: L, WB_START, WB_END of parse/boundary.ts).';
const boundaries = [
  {
    // Only ingest/src/config.ts reads the environment: the app receives a Config (loadConfig),
    // tests and tools testEnv() and childEnv(). No exemption is needed: the vite and svelte
    // configs and the scripts read no variables (the shell scripts under scripts/ and .ci/ are
    // not linted).
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.svelte'],
    ignores: ['ingest/src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only ingest/src/config.ts reads process.env: use loadConfig(), testEnv() or childEnv() from it.',
        },
      ],
    },
  },
  {
    // «،» «؛» «؟» and the digits are in U+0600–U+06FF too: a letter class is built from
    // text/chars.ts (AR_LETTER) — in parse/ the word boundaries of parse/boundary.ts (L, WB_START,
    // WB_END) — or \p{Script=Arabic} with \p{L}, never from the raw block. No folder is exempt.
    files: ['**/*.ts', '**/*.svelte'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/\\\\u0600-\\\\u06ff|\\u0600-\\u06ff/i]',
          message: RAW_BLOCK,
        },
        {
          selector:
            'Literal[value=/\\u0600-\\u06ff|u0600-\\\\*u06ff/i], TemplateElement[value.raw=/u0600-\\\\*u06ff/i]',
          message: RAW_BLOCK,
        },
      ],
    },
  },
  {
    files: ['ingest/src/text/**/*.ts'],
    ignores: ['**/*.test.ts', 'ingest/src/text/data/build-*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/parse/**', '**/store/**', '**/search/**', ...UP_FROM_STORAGE],
        'text/ is the pure base layer: it imports only text/ and schema.ts.',
        IO_MODULES,
      ),
    },
  },
  {
    files: ['ingest/src/parse/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/store/**', '**/search/**', ...UP_FROM_STORAGE],
        'parse/ is pure: it imports text/, schema.ts and parse/ only (no IO, storage, search or extraction).',
        IO_MODULES,
      ),
    },
  },
  {
    files: ['ingest/src/store/**/*.ts', 'ingest/src/search/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        UP_FROM_STORAGE,
        'store/ and search/ never import extraction, the pipeline or the composition root (archive.ts).',
      ),
    },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.svelte'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sanad/server', '@sanad/server/*'],
              message: 'Only types of the server.',
              allowTypeImports: true,
            },
            {
              group: ['$env/*'],
              message: 'Only ingest/src/config.ts reads the environment; the server hands the web what it needs.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'data/**',
      'web/build/**',
      'web/.svelte-kit/**',
      '.svelte-kit/**',
      'test/e2e/artifacts/**',
      'test/bench/out/**',
      'test/fixtures/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Persian character classes deliberately hold combining marks (harakat, hamza above) and ZWNJ,
      // and input cleaning deliberately matches control characters.
      'no-misleading-character-class': 'off',
      'no-control-regex': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      // The app is served at the root path with no `paths.base`; resolve() would add nothing.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['web/**/*.js', '*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...boundaries,
);
