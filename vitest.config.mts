import path from 'node:path'

import { testCaFile } from './tests/helpers/testCa'
import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts') }
/** A run on PostgreSQL (`DATABASE_URL=postgres://… npm run test:quick`): each test file gets its own database there. */
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? { TEST_POSTGRES_URL: process.env.DATABASE_URL! }
  : {}
const exclude = ['node_modules/**', 'cms/.next/**', 'data/**']
/**
 * The tests' local Web Push service speaks HTTPS with a self-signed certificate (tests/fixtures/tls):
 * the processes under test trust it as a deployment would trust its push services. Node reads this
 * variable only when a process starts, so it is set here, before the test workers start.
 */
process.env.NODE_EXTRA_CA_CERTS = testCaFile()
/**
 * A release's messages wait for the site build that puts its page live (90 s at most in
 * production). Most files read a release's email right after the workflow without building the
 * site: for them it goes at once. tests/sendAfterSite.int.test.ts tests the wait, as deployed.
 */
process.env.SEND_WAITS_FOR_SITE_SECONDS ??= '0'
/**
 * On PostgreSQL the integration tier leaves out the files whose subject is not the database: rendering
 * the site from the snapshot, publishing it to a bucket, a failed build, SMTP faults and start-up
 * refusals. They read and write the database only as every other file does, and run on SQLite in
 * `npm test`; the PostgreSQL tier spends its time on what the database decides (access queries,
 * transactions, claims, leases, migrations, localized reads).
 */
const notAboutTheDatabase = [
  'tests/site.int.test.ts',
  'tests/incrementalBuild.int.test.ts',
  'tests/kbSite.int.test.ts',
  'tests/s3.int.test.ts',
  'tests/startup.int.test.ts',
  'tests/faults/siteBuild.int.test.ts',
  'tests/faults/mailServer.int.test.ts',
]

/**
 * Three tiers (docs/architecture.md, "Tests"): pure unit tests, integration tests that boot Payload on a throw-away
 * SQLite file each, and browser tests against a production build of the admin.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['**/*.int.test.ts'],
          exclude: postgres.TEST_POSTGRES_URL ? [...exclude, ...notAboutTheDatabase] : exclude,
          // Limits stop a hung test; they do not time the code (bench/ does). A machine busy with
          // other work runs these several times slower, so they are three times what a quiet one needs.
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // `expect.poll` waits for something to become true; 1 s (its default) is a timing
          // assumption a busy machine breaks.
          expect: { poll: { timeout: 30_000 } },
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal', ...postgres },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['**/*.e2e.test.ts'],
          exclude,
          // Each file runs its own `npm start`; one at a time keeps two cores from thrashing.
          fileParallelism: false,
          // The first run builds the admin (about 1-2 minutes); later runs reuse the build.
          hookTimeout: 600_000,
          testTimeout: 360_000,
          // An admin page under a busy machine takes seconds to render: 1 s (the default) is not
          // the app's limit.
          expect: { poll: { timeout: 60_000 } },
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...postgres },
        },
      },
    ],
  },
})
