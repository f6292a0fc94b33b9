import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Row } from '../table'
import { openRawSql } from '../year/rawSql'
import type { Watched } from './processes'

/**
 * PostgreSQL on this machine, watched like the layout's processes: its server process with every
 * connection's backend (found through the data directory's postmaster.pid). Nothing when the
 * server is elsewhere or its directory is not readable: the table then says so.
 */
export const postgresProcess = async (databaseUrl: string): Promise<Watched | null> => {
  const sql = await openRawSql(databaseUrl)
  try {
    const [row] = await sql.all<{ data_directory: string }>('SHOW data_directory')
    const pid = Number(
      (await readFile(path.join(row!.data_directory, 'postmaster.pid'), 'utf8')).split('\n')[0],
    )
    return pid > 0 ? { name: 'PostgreSQL (server and connections)', pid } : null
  } catch {
    return null
  } finally {
    await sql.close()
  }
}

/**
 * The statements the database spent the most time on during the storm, when the server loads
 * pg_stat_statements (`shared_preload_libraries`); counted from `reset()` to `rows()`.
 */
export const statementTimes = async (databaseUrl: string) => {
  const sql = await openRawSql(databaseUrl)
  const available = await sql
    .run('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    .then(() => sql.all('SELECT pg_stat_statements_reset()'))
    .then(() => true)
    .catch(() => false)
  if (!available) await sql.close()
  return {
    available,
    rows: async (top = 8): Promise<Row[]> => {
      if (!available) return []
      const found = await sql.all<{ query: string; calls: string; total: number; mean: number }>(
        `SELECT query, calls, total_exec_time AS total, mean_exec_time AS mean
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database
           WHERE datname = current_database())
         ORDER BY total_exec_time DESC LIMIT ${top}`,
      )
      await sql.close()
      return found.map((s) => ({
        measure: `database: ${s.query.replace(/\s+/g, ' ').slice(0, 90)}`,
        value: Number(s.total) / 1000,
        unit: 's in all',
        note: `${Number(s.calls)} calls, ${Number(s.mean).toFixed(1)} ms each`,
      }))
    },
  }
}
