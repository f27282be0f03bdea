import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Type-aware rules chosen for the mistakes they catch: a promise dropped or passed where a value is wanted,
 * an await on what is not a promise, an object printed as "[object Object]", for-in over an array, code in a
 * string. (The `no-unsafe-*` family is left out: the page and scripts read JSON, which is `any` by nature;
 * so is `no-unnecessary-type-assertion`, a matter of style.) Each folder is read through its own tsconfig,
 * which the project service finds: src and test through the root one, public/, bin/ and scripts/ through theirs.
 */
const TYPED_RULES = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/await-thenable': 'error',
  '@typescript-eslint/no-base-to-string': 'error',
  '@typescript-eslint/no-for-in-array': 'error',
  '@typescript-eslint/no-implied-eval': 'error',
}

export default tseslint.config(
  { ignores: ['src/readers/*.js', 'dist/', 'node_modules/', '.wrangler/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'vitest.config.ts', 'public/**/*.js', 'bin/**/*.mjs', 'scripts/**/*.mjs'],
    ignores: ['test/**/*.mjs'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: TYPED_RULES,
  },
  {
    // An accessor written in an object literal gives every object made there a hidden class of its own, and
    // V8's scavenger keeps all such a class reaches alive until a full collection: a conversion's whole working
    // set was promoted that way, and its pauses set the p99 (docs/performance.md).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ObjectExpression > Property[kind='get'], ObjectExpression > Property[kind='set']", message: 'No accessor in an object literal on the conversion path: pass a function, or use a class.' },
      ],
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The page's script runs in the browser; it inserts text only (public/page/dom.js), never markup.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert report text with textContent.' },
        { property: 'outerHTML', message: 'Insert report text with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Insert report text with textContent.' },
      ],
    },
  },
)
