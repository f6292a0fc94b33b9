import { readdir, readFile } from 'node:fs/promises'

import type { Row } from '../table'

type Stat = { pid: number; ppid: number; cpuSeconds: number; rssBytes: number }

const TICKS = 100 // Linux's USER_HZ
const PAGE = 4096

const readStats = async (): Promise<Stat[]> => {
  const stats: Stat[] = []
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    // The command may hold spaces and parentheses: fields are counted after its closing one.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    if (fields.length < 22) continue
    stats.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      // Its own time and that of the children it has waited for (a site build's Astro process,
      // gone by the next sample, would otherwise count for nothing).
      cpuSeconds:
        (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS,
      rssBytes: Number(fields[21]) * PAGE,
    })
  }
  return stats
}

const treeOf = (stats: Stat[], root: number) => {
  const tree = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const stat of stats)
      if (!tree.has(stat.pid) && tree.has(stat.ppid)) {
        tree.add(stat.pid)
        grew = true
      }
  }
  return stats.filter((stat) => tree.has(stat.pid))
}

/**
 * Each named process with everything it started (or alone, for one whose children are named
 * too): CPU used (as a share of one core) and the
 * largest resident memory seen, sampled every 2 s from /proc (Linux only; elsewhere, nothing).
 */
export type Watched = { name: string; pid: number; alone?: boolean }

export const watchProcesses = (named: () => Watched[]) => {
  const first = new Map<string, number>()
  const peak = new Map<string, number>()
  const last = new Map<string, number>()
  const started = performance.now()
  const sample = async () => {
    const stats = await readStats().catch(() => [])
    for (const { name, pid, alone } of named()) {
      const tree = alone ? stats.filter((stat) => stat.pid === pid) : treeOf(stats, pid)
      const cpu = tree.reduce((total, stat) => total + stat.cpuSeconds, 0)
      const rss = tree.reduce((total, stat) => total + stat.rssBytes, 0)
      if (!first.has(name)) first.set(name, cpu)
      last.set(name, cpu)
      peak.set(name, Math.max(peak.get(name) ?? 0, rss))
    }
  }
  void sample()
  const timer = setInterval(() => void sample(), 2000)
  return {
    stop: async (): Promise<Row[]> => {
      clearInterval(timer)
      await sample()
      const seconds = (performance.now() - started) / 1000
      return [...last.entries()].map(([name, cpu]) => ({
        measure: `process: ${name}`,
        value: (100 * (cpu - (first.get(name) ?? 0))) / seconds,
        unit: '% of a core',
        note: `peak memory ${((peak.get(name) ?? 0) / 2 ** 20).toFixed(0)} MiB (with its children)`,
      }))
    },
  }
}
