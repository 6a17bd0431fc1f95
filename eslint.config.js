import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'screenshots/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['lib/engine/**', 'lib/kb/**', 'lib/claims/**'],
    ignores: ['lib/kb/opendata/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location', 'process', 'Buffer', 'require', '__dirname'],
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', 'wxt/*', 'node:*', 'dexie'] }],
    },
  },
);
