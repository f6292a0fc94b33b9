import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations-postgres'
import type { DatabaseTarget } from './databaseUrl'

/**
 * How long to wait for MongoDB or PostgreSQL before giving up: start-up must fail inside 10 s (tsx
 * and the other checks take about 2 s more), not after the driver's default 30.
 */
export const MONGO_TIMEOUT_MS = 4000

/**
 * Writers queue behind each other instead of failing at once while another writes. Bounded so that
 * a request meets a lock held by another process (a backup, a long import) with an answer in time:
 * it waits this long, then gets 503 with Retry-After (cms/http/busy.ts) and nothing half-written.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2000

/**
 * Connections each CMS process keeps to PostgreSQL: a few web requests, the jobs and the outbox at
 * once.
 */
export const POSTGRES_POOL_SIZE = 10

/**
 * How long a request waits for one of those connections before it is answered 503 (Retry-After).
 * On a storm day every connection can be busy for seconds: a resident's report should wait its
 * turn, not be refused after 4 s (bench:storm: 20 of 600 reports refused so). Reaching the server
 * at start-up is checked apart, within MONGO_TIMEOUT_MS (preflight.ts).
 */
export const POSTGRES_POOL_WAIT_MS = 20_000

export const databaseAdapter = (target: DatabaseTarget): DatabaseAdapterObj => {
  if (target.kind === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: target.url,
        connectionTimeoutMillis: POSTGRES_POOL_WAIT_MS,
        max: POSTGRES_POOL_SIZE,
      },
      // Migrations differ by dialect: PostgreSQL's live beside SQLite's, generated the same way.
      migrationDir: path.resolve(process.cwd(), 'cms/migrations-postgres'),
      push: false,
      prodMigrations: postgresMigrations,
    })
  }
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
        connectTimeoutMS: MONGO_TIMEOUT_MS,
      },
    })
  }
  return sqliteAdapter({
    client: { url: target.url },
    // WAL lets the site build and the API read while an editor saves; it needs a real file.
    wal: target.file !== null,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // SQLite hands a deleted row's id to the next row unless the key is AUTOINCREMENT; ids must
    // never be reused (ADR 0007), so every table's id is.
    autoIncrement: true,
    migrationDir: path.resolve(process.cwd(), 'cms/migrations'),
    // The schema comes only from the committed migrations, in every mode: `npm start`, `npm run
    // dev` and the tests all run them, so what is tested is what production gets. Payload's dev
    // "push" would mark the file as pushed and later stop `next start` at an interactive prompt
    // (docs/adr/0001).
    push: false,
    prodMigrations: migrations,
  })
}
