import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { USERS } from '../../cms/core/slugs'
import type { Role } from '../../cms/access/core/roles'
import { withMongoDatabase, withPostgresDatabase } from '../../cms/db/databaseUrl'
import { DEMO_PASSWORD, DEMO_USERS } from '../../cms/seed/demoUsers'
import { seedDemoUsers } from '../../cms/seed/seed'
import { isolatedDataDir, useDataDir } from './env'
import { createPostgresDatabase, dropPostgresDatabase, testPostgresUrl } from './postgres'

export type StaffUser = { id: number | string; email: string; roles: Role[]; collection: 'users' }
export type RestAnswer = { status: number; body: any; headers: Headers }

export type Harness = {
  payload: Payload
  kind: HarnessDatabase
  /** Demo staff by email, as the Local API's `user` option wants them. */
  user: (email: string) => StaffUser
  rest: (
    method: string,
    path: string,
    options?: { as?: string; body?: unknown; headers?: Record<string, string> },
  ) => Promise<RestAnswer>
  dataDir: string
  /** The getPayload cache key of this instance (Payload's REST handler finds the instance by it). */
  key: string
  /** Closes Payload and removes the data folder, unless `keepData` (to reopen it, as after a restart). */
  close: (options?: { keepData?: boolean }) => Promise<void>
}

export type HarnessDatabase = 'sqlite' | 'postgres' | 'mongodb'

const encodeForm = async (form: FormData) => {
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return {
    type: encoded.headers.get('content-type')!,
    bytes: Buffer.from(await encoded.arrayBuffer()),
  }
}

/**
 * The database a test file gets unless it asks for one: PostgreSQL when the run names a server
 * (`DATABASE_URL=postgres://…` for the whole run, as CI's PostgreSQL pass does), else SQLite.
 */
export const DEFAULT_TEST_DATABASE: HarnessDatabase = testPostgresUrl() ? 'postgres' : 'sqlite'

/**
 * Boots Payload for one test file on its own database: a fresh SQLite file, or a throw-away database
 * on the PostgreSQL server of the run, or, with `mongodb`, one on the server MONGODB_URL names. Demo staff are seeded; REST calls go through
 * Payload's own request handler with standard Request objects, no port.
 */
export const startHarness = async (
  options: {
    database?: HarnessDatabase
    seedUsers?: boolean
    dataDir?: string
    cron?: boolean
    env?: Record<string, string>
    /**
     * Payload starts its jobs queue at the first REST call; a test that runs jobs itself (to read
     * their outcome) holds the queue's lease instead, as another process would, so nothing else does.
     */
    holdJobs?: boolean
  } = {},
): Promise<Harness> => {
  const kind = options.database ?? DEFAULT_TEST_DATABASE
  const dir = options.dataDir ?? (await isolatedDataDir('int'))
  if (kind === 'postgres' && !testPostgresUrl())
    throw new Error('A PostgreSQL harness needs a server: set TEST_POSTGRES_URL=postgres://…')
  // A data folder kept by `close({ keepData: true })` names its server database: reopening it (a
  // restart) finds the same data, as on SQLite, instead of an empty database.
  const marker = path.join(dir, '.test-database')
  const kept = options.dataDir ? await readFile(marker, 'utf8').catch(() => null) : null
  const serverName = kept?.trim() || `civic_test_${randomUUID().slice(0, 8)}`
  if (kind === 'postgres' && !kept) await createPostgresDatabase(serverName)
  if (kind !== 'sqlite')
    await mkdir(dir, { recursive: true }).then(() => writeFile(marker, serverName))
  useDataDir(
    dir,
    kind === 'mongodb'
      ? withMongoDatabase(process.env.MONGODB_URL!, serverName)
      : kind === 'postgres'
        ? withPostgresDatabase(testPostgresUrl()!, serverName)
        : undefined,
  )
  // Set after useDataDir (which clears outside settings such as SMTP_URL) and before the config is built.
  Object.assign(process.env, options.env ?? {})
  const key = `harness-${randomUUID()}`
  const { closePayload, openPayload } = await import('../../cms/boot')
  const payload = await openPayload({ key, cron: options.cron })
  const config = payload.config as SanitizedConfig
  if (options.seedUsers !== false) await seedDemoUsers(payload)
  if (options.holdJobs) {
    const { acquireLease } = await import('../../cms/coordination/leases')
    const { JOBS_RUNNER_LEASE } = await import('../../cms/coordination/jobsRunner')
    await acquireLease(payload, JOBS_RUNNER_LEASE, 24 * 3_600_000, 'the test')
  }

  const staff = new Map<string, StaffUser>()
  const { docs } = await payload.find({
    collection: USERS,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) staff.set(doc.email, { ...(doc as any), collection: USERS })

  const tokens = new Map<string, string>()
  const tokenFor = async (email: string) => {
    if (!tokens.has(email)) {
      const password = DEMO_USERS.some((user) => user.email === email) ? DEMO_PASSWORD : undefined
      const result = await payload.login({
        collection: USERS,
        data: { email, password: password! },
      })
      tokens.set(email, result.token!)
    }
    return tokens.get(email)!
  }

  return {
    payload,
    kind,
    user: (email) => {
      const found = staff.get(email)
      if (!found) throw new Error(`No seeded staff member ${email}`)
      return found
    },
    rest: async (method, path, { as, body, headers: extra } = {}) => {
      const headers = new Headers({ 'content-type': 'application/json', ...extra })
      if (as) headers.set('authorization', `JWT ${await tokenFor(as)}`)
      // A multipart form as a browser sends it: encoded once, with its boundary and its length.
      const form = body instanceof FormData ? await encodeForm(body) : null
      if (form) {
        headers.set('content-type', form.type)
        headers.set('content-length', String(form.bytes.length))
      }
      const request = new Request(`http://localhost:3000/api${path}`, {
        method,
        headers,
        body: form
          ? form.bytes
          : body === undefined
            ? undefined
            : typeof body === 'string'
              ? body
              : JSON.stringify(body),
      })
      const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: key })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {
        // Not JSON (e.g. a file); the raw text is the body.
      }
      return { status: response.status, body: parsed, headers: response.headers }
    },
    dataDir: dir,
    key,
    close: async ({ keepData = false } = {}) => {
      if (kind === 'mongodb' && !keepData) await (payload.db as any).connection?.dropDatabase?.()
      await closePayload(payload)
      if (kind === 'postgres' && !keepData) await dropPostgresDatabase(serverName)
      if (!keepData)
        await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}
