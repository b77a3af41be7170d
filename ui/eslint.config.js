// Flat config: JS + typescript-eslint + eslint-plugin-svelte. The generated
// bindings are not ours to lint; model/ must stay free of Svelte and Cytoscape;
// only src/api/index.ts may import the bindings.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'src/api/bindings.ts'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['*.config.js', '*.config.ts', 'tests/**/*.mjs', 'tests/**/*.js', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/api/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/bindings', '**/bindings.ts'], message: 'Import from src/api instead.' }] },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'src/model is pure TypeScript.' },
            { name: 'cytoscape', message: 'src/model is pure TypeScript.' },
          ],
          patterns: [
            { group: ['**/bindings', '**/bindings.ts'], message: 'Import from src/api instead.' },
            { group: ['*.svelte', 'svelte/*'], message: 'src/model is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
