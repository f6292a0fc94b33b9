import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Row } from '../table'
import { upgradeRow } from './upgradeRow'
import { openRawSql, quote } from './rawSql'
import { upgradePostgresAtSize } from './upgradePostgres'

type Log = (line: string) => void

/**
 * The release before this one: the commit at which "Intake security" (issue 33) landed. Its
 * migrations make the database a city runs today; this release's are then applied to it.
 */
export const PREVIOUS_RELEASE = 'fe2e8a2'

const boot = `const { openPayload, closePayload } = await import('./cms/boot.ts')
const started = performance.now()
const payload = await openPayload({ key: 'upgrade' })
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000 }))
await closePayload(payload)
process.exit(0)`

/** Opens Payload in `cwd`'s release on the database (which applies its migrations), timed. */
const openRelease = (cwd: string, databaseUrl: string, dataDir: string) => {
  const child = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', '--input-type=module', '--eval', boot],
    {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'bench-upgrade-secret-0123456789abcdef',
        LOG_LEVEL: 'warn',
      },
      maxBuffer: 64 * 2 ** 20,
    },
  )
  if (child.status !== 0)
    throw new Error(
      `Opening ${cwd} on ${databaseUrl.replace(/\/\/[^@]*@/, '//…@')} failed:\n${child.stderr.slice(-2000)}`,
    )
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { seconds: number }
}

/**
 * Upgrade at size: on PostgreSQL see upgradePostgres.ts. On SQLite: the previous release (a git worktree of PREVIOUS_RELEASE) makes its
 * database; every row of the year is copied into it (the columns both releases have); this
 * release then opens it, applying its migrations, timed. After, every table both have holds the
 * same rows, column for column (SQL EXCEPT both ways).
 */
export const upgradeAtSize = async (databaseUrl: string, log: Log): Promise<Row[]> => {
  const skipped = (why: string): Row[] => [
    { measure: 'upgrade at size', value: 0, unit: '-', note: `skipped: ${why}` },
  ]
  try {
    execFileSync('git', ['cat-file', '-e', `${PREVIOUS_RELEASE}^{commit}`], { stdio: 'ignore' })
  } catch {
    return skipped(`the previous release ${PREVIOUS_RELEASE} is not in this clone's history`)
  }
  const work = await mkdtemp(path.join(tmpdir(), 'civic-upgrade-'))
  const tree = path.join(work, 'previous')
  const file = path.join(work, 'upgraded.db')
  const yearFile = databaseUrl.replace(/^file:/, '')
  try {
    log(`  the previous release (${PREVIOUS_RELEASE}) in a worktree…`)
    execFileSync('git', ['worktree', 'add', '--detach', tree, PREVIOUS_RELEASE], {
      stdio: 'ignore',
    })
    await symlink(path.resolve('node_modules'), path.join(tree, 'node_modules'), 'dir')
    if (/^postgres(ql)?:/.test(databaseUrl))
      return await upgradePostgresAtSize(
        databaseUrl,
        PREVIOUS_RELEASE,
        (url) => void openRelease(tree, url, work),
        (url) => openRelease(process.cwd(), url, work),
        log,
      )
    openRelease(tree, `file:${file}`, work)
    log('  copying the year into its database…')
    const sql = await openRawSql(`file:${file}`)
    const columnsOf = async (schema: string, table: string) =>
      (await sql.all<{ name: string }>(`PRAGMA ${schema}.table_info(${quote(table)})`)).map(
        (c) => c.name,
      )
    await sql.run('PRAGMA foreign_keys = OFF')
    await sql.run(`ATTACH DATABASE '${yearFile.replace(/'/g, "''")}' AS year`)
    const tables = (
      await sql.all<{ name: string }>(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
    ).map((t) => t.name)
    const shared: { table: string; columns: string }[] = []
    for (const table of tables) {
      if (table === 'payload_migrations') continue
      const theirs = new Set(await columnsOf('year', table))
      const columns = (await columnsOf('main', table)).filter((c) => theirs.has(c))
      if (!columns.length) continue
      const list = columns.map(quote).join(', ')
      await sql.run(`DELETE FROM main.${quote(table)}`)
      await sql.run(
        `INSERT INTO main.${quote(table)} (${list}) SELECT ${list} FROM year.${quote(table)}`,
      )
      shared.push({ table, columns: list })
    }
    await sql.run('DETACH DATABASE year')
    const bytes = await sql.size()
    await sql.close()
    log('  this release opens it (its migrations run)…')
    const upgraded = openRelease(process.cwd(), `file:${file}`, work)
    log('  checking every row…')
    const check = await openRawSql(`file:${file}`)
    await check.run(`ATTACH DATABASE '${yearFile.replace(/'/g, "''")}' AS year`)
    let rows = 0
    const differing: string[] = []
    for (const { table, columns } of shared) {
      const [difference] = await check.all<{ n: number }>(
        `SELECT (SELECT count(*) FROM (SELECT ${columns} FROM main.${quote(table)} EXCEPT SELECT ${columns} FROM year.${quote(table)})) + ` +
          `(SELECT count(*) FROM (SELECT ${columns} FROM year.${quote(table)} EXCEPT SELECT ${columns} FROM main.${quote(table)})) AS n`,
      )
      if (Number(difference?.n)) differing.push(`${table} (${difference!.n})`)
      rows += Number(
        (await check.all<{ n: number }>(`SELECT count(*) AS n FROM main.${quote(table)}`))[0]?.n,
      )
    }
    await check.close()
    return [
      upgradeRow({
        database: 'SQLite',
        previous: PREVIOUS_RELEASE,
        seconds: upgraded.seconds,
        bytes,
        rows,
        tables: shared.length,
        differing,
      }),
    ]
  } finally {
    if (existsSync(tree))
      execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' })
    await rm(work, { recursive: true, force: true })
  }
}
