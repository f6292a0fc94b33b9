import comments from '@eslint-community/eslint-plugin-eslint-comments'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * Words in two languages live in the catalogues (site/lib/i18n for the site, emails, texts and the
 * pages the CMS serves; cms/i18n for the admin), never in `language === 'fr' ? 'Bonjour' : 'Hello'`
 * beside the code. A text counts when it holds two words, a capitalised word or an accented letter
 * (not a path, a query or an identifier like 'kandel-moles-ease').
 */
const TEXT =
  "/^(?![\\/?#&])[^]*?([A-Za-zÀ-ÿ]{2,}[\\s,.:;!?'’]+[A-Za-zÀ-ÿ]|[A-ZÀ-Ý][a-zà-ÿ]{2,}|[À-ÿ])/u"
const FRENCH_TESTS = [
  ...['left', 'right'].map(
    (side) =>
      `ConditionalExpression[test.type='BinaryExpression'][test.operator=/^[!=]==?$/][test.${side}.value='fr']`,
  ),
  // `const fr = language === 'fr'`, then `fr ? … : …`
  "ConditionalExpression[test.type='Identifier'][test.name=/^(fr|french|isFrench|inFrench)$/]",
]
const FRENCH_MESSAGE =
  "Text in two languages belongs in the catalogues (site/lib/i18n: strings(language); cms/i18n: adminStrings(language)), not in a `=== 'fr' ?` beside the code."
const FRENCH_TERNARY = FRENCH_TESTS.flatMap((test) =>
  ['consequent', 'alternate'].flatMap((branch) => [
    { selector: `${test} > Literal.${branch}[value=${TEXT}]`, message: FRENCH_MESSAGE },
    {
      selector: `${test} > TemplateLiteral.${branch} > TemplateElement[value.raw=${TEXT}]`,
      message: FRENCH_MESSAGE,
    },
  ]),
)

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
  // A rule switched off for a line says why, after `--`.
  {
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: { '@eslint-community/eslint-comments/require-description': 'error' },
  },
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
  // Casts that switch the type checker off. The generated types (cms/payload-types.ts) name every
  // document; what comes from outside is parsed, not cast. Adapter internals live in cms/db/.
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['cms/db/**', 'tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']",
          message:
            '`as never` switches the type checker off. Type the value from cms/payload-types.ts (or fix the type that refuses it); only cms/db/ may cast adapter internals, each with a reason.',
        },
        {
          selector:
            "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message:
            '`as unknown as` switches the type checker off. Read documents with their generated types, parse outside data with a function that checks it, or read fields by name with fieldsOf (site/lib/fields.ts); only cms/db/ may cast adapter internals.',
        },
        ...FRENCH_TERNARY,
      ],
    },
  },
  // Files small, named for what they do (CONVENTIONS.md); lines as Prettier sets them (printWidth
  // 100: it wraps code, not words, so comments and JSX text are kept to it here). Generated files,
  // migrations, seed data and tests aside.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs', 'site/public/**/*.js'],
    ignores: [
      'tests/**',
      'bench/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'cms/seed/demo*.ts',
      'cms/payload-types.ts',
      'cms/migrations*/**',
    ],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-len': [
        'error',
        {
          code: 100,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  // Tests read raw rows and poke at internals on purpose.
  { files: ['tests/**', '**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
)
