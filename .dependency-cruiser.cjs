/**
 * The dependency rule (docs/architecture.md): arrows point one way.
 *   site/            → only site/ (it reads the published snapshot, never the CMS)
 *   cms/payload.config.ts → collections/ → domain glue (cms/<domain>/, emergency/) → core/
 *   core/ folders    → only other core/ folders and a few plain libraries (no framework, no I/O)
 * and there are no cycles. `npm run lint:deps` checks it; `npm test` runs that first.
 */
const CORE = '(^|/)core/'
/** Plain libraries a core module may use: calendars, syllable counts, HTML parsing, geometry (Turf), search and stemming; no I/O. */
const PLAIN_LIBRARIES =
  '^node_modules/(date-holidays|syllable|htmlparser2|@turf|minisearch|stemmer|@orama/stemmers)/'

module.exports = {
  forbidden: [
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
