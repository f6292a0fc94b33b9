import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts') }
const exclude = ['node_modules/**', 'cms/.next/**', 'data/**']

/**
 * Three tiers (CONVENTIONS.md): pure unit tests, integration tests that boot Payload on a throw-away
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
          exclude,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal' },
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
          testTimeout: 120_000,
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
        },
      },
    ],
  },
})
