import os from 'node:os'

export type Row = { measure: string; value: number; unit: string; note?: string }

/** Median and 95th percentile of a list of durations, in the unit they were measured in. */
export const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { median: at(0.5), p95: at(0.95) }
}

export const machine = (): string[] => [
  `node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, load ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
]

export const printTable = (title: string, rows: Row[]) => {
  const cells = rows.map((row) => [row.measure, formatNumber(row.value), row.unit, row.note ?? ''])
  const header = ['measure', 'value', 'unit', 'note']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) =>
    `| ${c.map((v, i) => (i === 1 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(' | ')} |`
  console.log(`\n${title}\n`)
  console.log(line(header))
  console.log(
    `|${widths.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  )
  for (const c of cells) console.log(line(c))
}

const formatNumber = (n: number) =>
  n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)

/**
 * Keeps a run's table as JSON in bench/results/ (`{name}-{time}.json`, with the machine and the
 * commit), so a city can compare runs and machines; answers the file's path.
 */
export const writeResults = async (name: string, rows: Row[]) => {
  const { mkdir, writeFile } = await import('node:fs/promises')
  const { execFileSync } = await import('node:child_process')
  const path = await import('node:path')
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    // Not a clone (a release tarball): the results still say which machine ran them.
  }
  const at = new Date()
  const dir = path.resolve('bench/results')
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${name}-${at.toISOString().replace(/[:.]/g, '-')}.json`)
  await writeFile(
    file,
    `${JSON.stringify({ name, at: at.toISOString(), commit, machine: machine(), rows }, null, 2)}\n`,
  )
  return file
}
