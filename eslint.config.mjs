import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Lint: the recommended JavaScript and TypeScript rules, zero warnings allowed (npm run lint). */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.astro/**',
      'site/dist/**',
      'data/**',
      'cms/payload-types.ts',
      'cms/migrations/**',
      'cms/migrations-postgres/**',
      'cms/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // One import line per module: values and types together (`{ a, type B }`).
      'no-duplicate-imports': 'error',
    },
  },
  // Plain JavaScript files here are Node scripts and configs (CommonJS for dependency-cruiser).
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  // The site's scripts run in visitors' browsers.
  {
    files: ['site/public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        setInterval: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        navigator: 'readonly',
        DOMParser: 'readonly',
        URLSearchParams: 'readonly',
        URL: 'readonly',
        Uint8Array: 'readonly',
        Promise: 'readonly',
        JSON: 'readonly',
        Response: 'readonly',
        self: 'readonly',
      },
    },
  },
  // Tests read raw rows and poke at internals on purpose.
  { files: ['tests/**', '**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
)
