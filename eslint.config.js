// @ts-check
// Lint: the recommended rule sets of ESLint, typescript-eslint and the Astro
// plugin, with no style rules (formatting is not checked).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-plain/', 'bench/work/', '.astro/', 'bench/baseline/.astro/', 'node_modules/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Cleaning seed lines means matching control characters on purpose.
      'no-control-regex': 'off',
      // `_name` marks a parameter or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/client/**', 'src/lib/search/page/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
