import pg from 'pg'

/**
 * The PostgreSQL server integration tests use, when the run names one: `DATABASE_URL=postgres://…`
 * for the whole run (vitest passes it on as TEST_POSTGRES_URL, because each test file then points
 * DATABASE_URL at a database of its own), or TEST_POSTGRES_URL directly. Read when asked: the
 * benches name their server after their imports have run (read at import, a bench met a server of
 * `undefined`: "no PostgreSQL user name specified").
 */
export const testPostgresUrl = () => process.env.TEST_POSTGRES_URL || undefined

const admin = async <T>(
  run: (client: pg.Client) => Promise<T>,
  server = testPostgresUrl(),
): Promise<T> => {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * A fresh, empty database for one test file (names are generated, never from input); on `server`
 * (a bench's) or the tests'.
 */
export const createPostgresDatabase = (name: string, server?: string) =>
  admin((client) => client.query(`CREATE DATABASE "${name}"`), server)

/** Drops a database, its connections closed first; on `server` (a bench's) or the tests'. */
export const dropPostgresDatabase = (name: string, server?: string) =>
  admin(
    (client) => client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`),
    server,
  )
