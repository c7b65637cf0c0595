import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
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
  layer(['src/engine/**'], [
    { group: ['**/http/**', '**/store/**', '**/ui/**', '**/providers/**', 'react', 'react-dom', 'zustand'],
      message: 'engine/ is pure: it may import only @noble/hashes and itself (DESIGN.md).' },
  ]),
  layer(['src/http/**'], [
    { group: ['**/store/**', '**/ui/**', 'react', 'react-dom', 'zustand'],
      message: 'http/ may import engine/ only (DESIGN.md).' },
  ]),
  layer(['src/store/**'], [
    { group: ['**/ui/**', 'react-dom'], message: 'store/ may not import ui/ (DESIGN.md).' },
  ]),
  layer(['src/providers/**'], [
    { group: ['**/store/**', '**/ui/**', '**/http/**', 'react', 'zustand'], message: 'providers/ is plain data (DESIGN.md).' },
  ]),
);
