import { createClient } from '@libsql/client'
import pg from 'pg'

/**
 * A plain connection to the bench's database, SQLite file or PostgreSQL, for the bulk copies and
 * sizes Payload's document API is not made for. It knows nothing of the schema, so it works on the
 * previous release's database as well as on this one's.
 */
export type RawSql = {
  dialect: 'sqlite' | 'postgres'
  all: <T = Record<string, unknown>>(query: string) => Promise<T[]>
  run: (query: string) => Promise<void>
  /** The database's size on disk, in bytes (SQLite: the file and its write-ahead log). */
  size: () => Promise<number>
  close: () => Promise<void>
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export const openRawSql = async (databaseUrl: string): Promise<RawSql> => {
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    return {
      dialect: 'postgres',
      all: async <T>(query: string) => (await client.query(query)).rows as T[],
      run: async (query) => {
        await client.query(query)
      },
      size: async () => {
        const { rows } = await client.query(
          'SELECT pg_database_size(current_database())::bigint AS bytes',
        )
        return Number(rows[0].bytes)
      },
      close: () => client.end(),
    }
  }
  const file = databaseUrl.replace(/^file:/, '')
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA busy_timeout = 30000')
  const { stat } = await import('node:fs/promises')
  const bytes = async (name: string) => (await stat(name).catch(() => null))?.size ?? 0
  return {
    dialect: 'sqlite',
    all: async <T>(query: string) => (await client.execute(query)).rows as unknown as T[],
    run: async (query) => {
      await client.execute(query)
    },
    size: async () => (await bytes(file)) + (await bytes(`${file}-wal`)),
    close: async () => client.close(),
  }
}
