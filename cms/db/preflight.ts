import { access, constants, mkdir, open } from 'node:fs/promises'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import pg from 'pg'

import { MONGO_TIMEOUT_MS } from './adapter'
import { type DatabaseTarget, maskUrl } from './databaseUrl'

class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim()

const checkSqlite = async (target: Extract<DatabaseTarget, { kind: 'sqlite' }>) => {
  if (target.file) {
    const folder = path.dirname(target.file)
    try {
      await mkdir(folder, { recursive: true })
      await access(folder, constants.W_OK)
    } catch (error) {
      throw new DatabaseUnavailableError(
        `Cannot use the SQLite database at ${target.url}: the folder ${folder} cannot be created or written (${firstLine(error)}). Check its permissions, or point DATABASE_URL at a writable place.`,
      )
    }
  }
  // Read the header rather than open a second libsql client: closing one and opening Payload's on
  // the same file in one process leaves the second one's queries hanging (seen with @libsql/client
  // 0.14).
  const header = target.file ? await readHeader(target.file) : null
  if (header && header.length > 0 && !header.equals(SQLITE_HEADER.subarray(0, header.length))) {
    throw new DatabaseUnavailableError(
      `Cannot open the SQLite database at ${target.url} (the file is not a SQLite database). If the file is damaged, move it aside and start again to create a fresh one.`,
    )
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

const readHeader = async (file: string): Promise<Buffer | null> => {
  const handle = await open(file, 'r').catch(() => null)
  if (!handle) return null
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const checkMongo = async (url: string) => {
  const client = new MongoClient(url, {
    serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
    connectTimeoutMS: MONGO_TIMEOUT_MS,
  })
  try {
    await client.connect()
    await client.db().admin().ping()
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach MongoDB at ${maskUrl(url)} within ${MONGO_TIMEOUT_MS / 1000} s (${firstLine(error)}). Check that the server is running and reachable from here, and that DATABASE_URL (user, password, host, port, database) is right.`,
    )
  } finally {
    await client.close().catch(() => undefined)
  }
}

const checkPostgres = async (url: string) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: MONGO_TIMEOUT_MS })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach PostgreSQL at ${maskUrl(url)} within ${MONGO_TIMEOUT_MS / 1000} s (${firstLine(error)}). Check that the server is running and reachable from here, that the database exists, and that DATABASE_URL (user, password, host, port, database) is right.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Answers within about 5 s whether the database can be used, with one sentence saying what to check
 * when not; Payload's own connect would wait 30 s and print a stack trace.
 */
export const checkDatabase = (target: DatabaseTarget): Promise<void> =>
  target.kind === 'mongodb'
    ? checkMongo(target.url)
    : target.kind === 'postgres'
      ? checkPostgres(target.url)
      : checkSqlite(target)
