// Lint is where the architecture's layer rules live (docs/architecture.md, "Layers and how they
// are enforced"): each folder may import only from the layers below it, and a renderer feature
// only from the shared folders and itself. A violation fails `npm test`, so no rule is forgotten.
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

// Renderer feature folders (one per concept or screen). A feature may import `ui/`, `lib/`,
// `api/`, `app/` and itself; any other feature only through FEATURE_LINKS, so screens cannot
// quietly become each other's libraries. `app/` is the shell that mounts the features.
const FEATURES = ['backups', 'dashboard', 'editor', 'exports', 'full-export', 'handoff', 'imports', 'occasions', 'opportunities', 'people', 'reminders', 'settings', 'startup', 'thank-yous'];
const FEATURE_LINKS = {
  // The thank-you is what every screen lists and acts on: its item, dialogs and note links.
  // "Add to calendar" (exports/) on the follow-ups and for everything upcoming.
  dashboard: ['thank-yous', 'exports'],
  editor: ['thank-yous', 'handoff', 'exports'], // the editor's Send menu and "did you send it?" panel; "Add to calendar" by the due time
  handoff: ['thank-yous'], // "Sent" opens the mark-sent dialog
  // An invite becomes an occasion in the occasion form itself.
  imports: ['occasions'],
  // "Add to calendar" and "Export .vcf" on their pages.
  occasions: ['thank-yous', 'exports'],
  opportunities: ['thank-yous'],
  people: ['thank-yous', 'exports'],
  // A thank-you's due time and follow-up offer "Add to calendar" wherever the item is shown.
  'thank-yous': ['exports'],
  // Settings holds the cards for reminders (notification permission), backups and the full export.
  settings: ['reminders', 'backups', 'full-export'],
  // The error screen for a damaged or missing data file offers the backups to restore from.
  startup: ['backups'],
};
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const featureRules = FEATURES.map((feature) => {
  const others = FEATURES.filter((other) => other !== feature && !(FEATURE_LINKS[feature] ?? []).includes(other));
  return {
    files: [`renderer/src/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NODE, ELECTRON, NATIVE].flatMap(({ names, message }) => names.map((name) => ({ name, message }))),
          patterns: [
            { group: MAIN.group, message: MAIN.message },
            {
              regex: `^(\\.\\./)+(${others.map(escapeRegex).join('|')})(/|$)`,
              message: `A feature imports only ui/, lib/, api/, app/ and itself${FEATURE_LINKS[feature] ? ` (and ${FEATURE_LINKS[feature].join(', ')})` : ''}: move what is shared to one of those, or add a link in FEATURE_LINKS with its reason.`,
            },
          ],
        },
      ],
    },
  };
});
// ui/, lib/ and api/ are below every feature and must not reach up into one.
const NO_FEATURES = { group: FEATURES.map((feature) => `**/${feature}/*`), message: 'ui/, lib/ and api/ are shared by every feature and must not import one.' };

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
  ...featureRules,
  { files: ['renderer/src/{ui,lib,api}/**/*.{ts,tsx}'], rules: forbid(NODE, ELECTRON, NATIVE, MAIN, NO_FEATURES) },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(NODE, ELECTRON, NATIVE, MAIN, RENDERER, REACT),
  },
  { files: ['main/backend/**/*.ts', 'main/server/**/*.ts', 'main/ui-files/**/*.ts'], rules: forbid(ELECTRON, ELECTRON_FOLDER, RENDERER) },
  { files: ['main/electron/**/*.ts'], rules: forbid(RENDERER, SERVER) },
);
