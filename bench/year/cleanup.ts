import { rm } from 'node:fs/promises'

import { dropPostgresDatabase } from '../../tests/helpers/postgres'

/**
 * What a run made: its data folder and, on PostgreSQL, its database (named in `databaseUrl`,
 * dropped through the server's URL), unless `--keep` asked to keep them for `--reuse`.
 */
export const removeBenchData = async (
  dir: string,
  databaseUrl: string,
  server: string | undefined,
  log: (line: string) => void,
) => {
  if (process.argv.includes('--keep')) {
    log(
      `The data stays in ${dir}${server ? ` and ${databaseUrl.replace(/\/\/[^@]*@/, '//…@')}` : ''}.`,
    )
    return
  }
  await rm(dir, { recursive: true, force: true })
  if (!server) return
  await dropPostgresDatabase(new URL(databaseUrl).pathname.slice(1), server)
}
