// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Pure logic must stay free of I/O so that planning is testable and deterministic:
// these folders may not import the network, the file system or the GitHub toolkit.
const ioModules = ['node:fs', 'node:fs/promises', 'node:http', 'node:https', 'node:net', 'node:child_process', 'undici', '@actions/core', 'fs', 'http', 'https'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', fetch: 'readonly', performance: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/model/**', 'src/zonefile/parse.ts', 'src/zonefile/schema.ts', 'src/zonefile/rules.ts', 'src/zonefile/domain-keys.ts', 'src/config/parse.ts', 'src/plan/**', 'src/render/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ioModules }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
