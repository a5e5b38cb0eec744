// Lint is where the architecture's layer rules live (DESIGN.md §3): each folder may import only
// from the layers below it. A violation fails `npm test`, so the rule cannot be forgotten.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// A rule is either exact module names (`names`) or folder patterns (`group`, gitignore syntax).
const forbid = (...rules) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: rules.flatMap(({ names = [], message }) => names.map((name) => ({ name, message }))),
      patterns: rules.filter(({ group }) => group).map(({ group, message }) => ({ group, message })),
    },
  ],
});

const NODE = { names: nodeBuiltins, message: 'Node built-ins are not available in this layer.' };
const ELECTRON = { names: ['electron'], message: 'Only main/electron/ may import Electron.' };
const NATIVE = { names: ['better-sqlite3'], message: 'Only the backend (main/backend/) touches SQLite.' };
const REACT = { names: ['react', 'react-dom', 'react-router'], message: 'shared/ is framework-free.' };
const MAIN = { group: ['**/main/**'], message: 'This layer must not import from main/.' };
const RENDERER = { group: ['**/renderer/**'], message: 'This layer must not import from renderer/.' };
const SERVER = { group: ['**/server/*'], message: 'The Electron shell does not ship the browser-mode server.' };
const ELECTRON_FOLDER = { group: ['**/electron/*'], message: 'The backend must stay free of the Electron shell.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'e2e/**', '*.config.ts'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules, ...forbid(NODE, ELECTRON, NATIVE, MAIN) },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(NODE, ELECTRON, NATIVE, MAIN, RENDERER, REACT),
  },
  { files: ['main/backend/**/*.ts', 'main/server/**/*.ts', 'main/ui-files/**/*.ts'], rules: forbid(ELECTRON, ELECTRON_FOLDER, RENDERER) },
  { files: ['main/electron/**/*.ts'], rules: forbid(RENDERER, SERVER) },
);
