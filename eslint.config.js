import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The index files are the public API for code outside src/. Inside src/ they would
// make every lazy chunk's modules reachable from the first load, so import the module itself.
const BARRELS = {
  group: ['**/engine/index.ts', '**/http/index.ts', '**/diff/index.ts', '**/engine/explain/index.ts'],
  message: 'Inside src/, import the module that exports it, not an index file: an index drags lazy code into the first load.',
};

// Each layer's rule replaces the one before it for its files, so every layer repeats BARRELS.
const layer = (files, patterns) => ({
  files,
  ignores: ['src/**/index.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, BARRELS] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The layering of DESIGN.md, enforced: a violation is a lint error that says why.
  layer(['src/**'], []),
  layer(['src/engine/**'], [
    { group: ['**/http/**', '**/diff/**', '**/store/**', '**/ui/**', '**/providers/**', 'react', 'react-dom', 'zustand', 'diff'],
      message: 'engine/ is pure: it may import only @noble/hashes and itself (DESIGN.md).' },
  ]),
  layer(['src/http/**'], [
    { group: ['**/store/**', '**/ui/**', 'react', 'react-dom', 'zustand'],
      message: 'http/ may import engine/ only (DESIGN.md).' },
  ]),
  // diff/ (the base-string diff) reads what http/ decoded from an error body; the UI and store use it, never the reverse.
  layer(['src/diff/**'], [
    { group: ['**/store/**', '**/ui/**', '**/providers/**', 'react', 'react-dom', 'zustand'],
      message: 'diff/ may import engine/, http/ and the diff package only.' },
  ]),
  layer(['src/store/**'], [
    { group: ['**/ui/**', 'react-dom'], message: 'store/ may not import ui/ (DESIGN.md).' },
  ]),
  layer(['src/providers/**'], [
    { group: ['**/store/**', '**/ui/**', '**/http/**', 'react', 'zustand'], message: 'providers/ is plain data (DESIGN.md).' },
  ]),
);
