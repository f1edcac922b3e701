// Lint is part of `npm test`. Type-aware rules catch floating promises and `any`;
// the import restriction keeps the pure libraries (analysis, guard, insights) free of the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appFolders = ['server', 'store', 'jobs', 'channels', 'domain', 'cli', 'config', 'realtime', 'demo'];
const appImportPatterns = [...appFolders.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`, `../${folder}`, `../../${folder}`]), '../config.js', '../../config.js', '../runtime.js', '../../runtime.js', '../services.js', '../../services.js'];

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'web/src/api/generated.ts', 'node_modules/', 'data/', 'models/', 'coverage/', '.tmp/', 'bin/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fastify plugins and hooks are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-properties': 'off',
    },
  },
  {
    files: ['src/analysis/**/*.ts', 'src/guard/**/*.ts', 'src/insights/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: appImportPatterns, message: 'src/analysis, src/guard and src/insights are pure libraries: they may not import the app.' }],
        paths: ['fastify', 'kysely', 'pg', 'better-sqlite3', 'bullmq', 'ioredis', 'node:http', 'node:net'].map((name) => ({ name, message: 'Pure libraries do no I/O beyond loading their own weights.' })),
      }],
    },
  },
  {
    // The tone coach runs in the browser: no app imports and no Node built-ins at all.
    files: ['src/tone/**/*.ts'],
    ignores: ['src/tone/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...appImportPatterns, '../analysis/*', 'node:*'], message: 'src/tone runs in the browser: it imports nothing from the app and no Node built-ins.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts', 'src/test-support/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  {
    // SQL lives in src/store (docs/ARCHITECTURE.md). Elsewhere, Kysely may be imported for types
    // only (a command receives the database handle and passes it on to repositories), and no
    // query builder may be started. Tests and test helpers may seed rows directly.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/test-support/**', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'kysely', allowTypeImports: true, message: 'Queries belong in src/store/repositories; import Kysely for types only.' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]",
        message: 'Query builders belong in src/store/repositories.',
      }, {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction'][arguments.length=0]",
        message: 'Open transactions with inTransaction from src/store/transaction.ts.',
      }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
