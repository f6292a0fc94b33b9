/**
 * The dependency rule (docs/architecture.md): arrows point one way.
 *   site/            → only site/ (it reads the published snapshot, never the CMS)
 *   cms/payload.config.ts → collections/ → domain glue (cms/<domain>/, emergency/) → core/
 *   core/ folders    → only other core/ folders and a few plain libraries (no framework, no I/O)
 *   domains          → only domains before them in DOMAIN_ORDER, through their index.ts or core/
 * and there are no cycles, between files or between domains. `npm run lint:deps` checks it;
 * `npm test` runs that first.
 */
const CORE = '(^|/)core/'
/**
 * Plain libraries a core module may use: calendars, syllable counts, HTML parsing, geometry (Turf),
 * search and stemming; no I/O.
 */
const PLAIN_LIBRARIES =
  '^node_modules/(date-holidays|syllable|htmlparser2|@turf|minisearch|stemmer|@orama/stemmers|franc|trigram-utils|n-gram|collapse-white-space)/'

/**
 * Every domain folder, in the one order they may depend on each other (docs/architecture.md, "The
 * dependency rule"): a domain imports only domains listed before it. The shared base (`cms/core/`,
 * `site/lib/`) comes before all of them; the composition root (below) after all of them.
 */
const DOMAIN_ORDER = [
  // The platform: storage, processes, requests, the admin's words and parts.
  'cms/db',
  'cms/settings',
  'cms/coordination',
  'cms/http',
  'cms/storage',
  'cms/uploads',
  'cms/calendar',
  'cms/build',
  'cms/instanceKeys.ts',
  'cms/i18n',
  'cms/admin',
  // Who may do what, and the checks any domain runs.
  'cms/access',
  'cms/accessibility',
  'cms/addresses',
  // Reaching people: the outbox, then its channels.
  'cms/outbox',
  'cms/email',
  'cms/push',
  'cms/sms',
  // Residents' requests and the desk that answers them.
  'cms/servicerequests',
  'cms/open311',
  'cms/kb',
  'cms/desk',
  'cms/sponsorship',
  // The public site, the alerts that write into it, and the workflow that publishes to both.
  'cms/publishing',
  'emergency',
  'cms/bilingual',
  'cms/workflow',
  'cms/retire',
  'cms/ops',
  // Each person's home: their work from every domain above.
  'cms/home',
]
/**
 * The composition root: it assembles the domains (configs, entry points, the Next app, seed data).
 */
const COMPOSITION = [
  '^cms/payload\\.config\\.ts$',
  '^cms/boot\\.ts$',
  '^cms/next\\.config\\.mjs$',
  '^cms/(app|scripts|seed|migrations|migrations-postgres)/',
  '^collections/',
]
const TESTS = ['\\.test\\.tsx?$', '^tests/', '^bench/']
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const under = (domain) => `^${escaped(domain)}${domain.endsWith('.ts') ? '$' : '/'}`

/** One rule per domain: nothing it imports may come later in the order. */
const orderRules = DOMAIN_ORDER.slice(0, -1).map((domain, index) => ({
  name: `domains-in-order:${domain}`,
  comment:
    `${domain} may import only the domains before it in DOMAIN_ORDER (.dependency-cruiser.cjs, ` +
    'docs/architecture.md): domains depend one way, so two never depend on each other (a cycle ' +
    'between domains is refused at the import that points back). Move what both need down (to ' +
    'cms/core or the earlier domain), or pass it in: a registered channel, scheduled step or ' +
    'live-files writer in cms/payload.config.ts.',
  severity: 'error',
  from: { path: under(domain), pathNot: TESTS },
  to: { path: DOMAIN_ORDER.slice(index + 1).map(under) },
}))

module.exports = {
  forbidden: [
    ...orderRules,
    {
      name: 'through-the-front-door',
      comment:
        "Another domain is reached through its index.ts (its public surface) or its core/ (pure rules), never an inner file: add what you need to that domain's index.ts, so what each domain offers stays in one place.",
      severity: 'error',
      from: { path: '^(cms/[^/]+|emergency)/', pathNot: [...COMPOSITION, ...TESTS] },
      to: {
        path: '^(cms/[^/]+|emergency)/',
        pathNot: ['^$1/', '^(cms/[^/]+|emergency)/(index\\.ts$|core/)', '^cms/core/'],
      },
    },
    {
      name: 'declared-domains-only',
      comment:
        'Every folder of product code is a domain in DOMAIN_ORDER (.dependency-cruiser.cjs), the shared base (cms/core, site/lib) or the composition root: declare a new folder there, and in the table of docs/architecture.md.',
      severity: 'error',
      from: {
        path: '^(cms|emergency)/',
        pathNot: [
          ...DOMAIN_ORDER.map(under),
          ...COMPOSITION,
          ...TESTS,
          '^cms/core/',
          '^cms/payload-types\\.ts$',
        ],
      },
      to: {},
    },
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: split what both need into a third, or pass it in.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-plain',
      comment:
        'core/ holds the rules: plain TypeScript that imports only other core/ modules and plain libraries. Pass data in; let the glue beside it talk to Payload, files or the network.',
      severity: 'error',
      from: { path: CORE, pathNot: '\\.test\\.ts$' },
      to: { pathNot: [CORE, PLAIN_LIBRARIES, '^site/lib/', '^(node:)?crypto$'] },
    },
    {
      name: 'collections-only-from-config',
      comment:
        'Collection configs are assembled in cms/payload.config.ts only. Runtime code uses slugs and constants from cms/core/slugs.ts, never a collection config.',
      severity: 'error',
      from: { pathNot: ['^cms/payload\\.config\\.ts$', '^collections/', '^tests/', '^bench/'] },
      to: { path: '^collections/' },
    },
    {
      name: 'site-stands-alone',
      comment:
        'The public site is built from the published snapshot (site/lib/types.ts); it imports nothing from the CMS.',
      severity: 'error',
      from: { path: '^site/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(cms|collections|emergency|tests|bench)/' },
    },
    {
      name: 'runtime-reads-only-the-site-contract',
      comment:
        'The CMS may use site/lib (the snapshot contract and its plain helpers), never the pages; only the start script runs the static server.',
      severity: 'error',
      from: { path: '^(cms|collections|emergency)/', pathNot: '^cms/scripts/' },
      to: { path: '^site/', pathNot: '^site/lib/' },
    },
    {
      name: 'site-lib-is-plain',
      comment: 'site/lib is shared with the CMS: plain TypeScript, no framework.',
      severity: 'error',
      from: { path: '^site/lib/', pathNot: '\\.test\\.ts$' },
      to: { path: '^node_modules/', pathNot: PLAIN_LIBRARIES },
    },
    {
      name: 'tests-stay-in-tests',
      comment: 'Product code never imports test helpers.',
      severity: 'error',
      from: { pathNot: ['\\.test\\.tsx?$', '^tests/', '^bench/'] },
      to: { path: ['^tests/', '\\.test\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: [
        '(^|/)\\.next/',
        '(^|/)\\.astro/',
        '^cms/migrations(-postgres)?/',
        '^cms/payload-types\\.ts$',
        // Written by Next when the admin is built (gitignored).
        '^cms/next-env\\.d\\.ts$',
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
// Read by tests/architecture.test.ts (the table of docs/architecture.md lists the domains in this
// order); not enumerable, so dependency-cruiser's configuration check does not see them.
Object.defineProperty(module.exports, 'DOMAIN_ORDER', { value: DOMAIN_ORDER })
Object.defineProperty(module.exports, 'COMPOSITION', { value: COMPOSITION })
