import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
