import type { Row } from '../table'
import { summarise } from '../year/timing'

type Entry = { samples: number[]; errors: number; firstError: string; goalMs?: number }

/** Every operation's latencies and errors during the scenario, reported as rows at the end. */
export class Recorder {
  private readonly entries = new Map<string, Entry>()

  /** `report` hears each operation's first error when it happens, to see a run go wrong early. */
  constructor(private readonly report: (line: string) => void = () => {}) {}

  private entry(operation: string) {
    let entry = this.entries.get(operation)
    if (!entry) {
      entry = { samples: [], errors: 0, firstError: '' }
      this.entries.set(operation, entry)
    }
    return entry
  }

  goal(operation: string, goalMs: number) {
    this.entry(operation).goalMs = goalMs
  }

  ok(operation: string, ms: number) {
    this.entry(operation).samples.push(ms)
  }

  error(operation: string, detail: string) {
    const entry = this.entry(operation)
    entry.errors += 1
    if (!entry.firstError) this.report(`  first error of ${operation}: ${detail.slice(0, 300)}`)
    entry.firstError ||= detail.slice(0, 160)
  }

  /** Runs `work`, recording its time, or an error when it throws or answers `false`. */
  async time(operation: string, work: () => Promise<boolean | string>) {
    const started = performance.now()
    try {
      const outcome = await work()
      if (outcome === true) this.ok(operation, performance.now() - started)
      else this.error(operation, outcome === false ? 'failed' : outcome)
    } catch (error) {
      this.error(operation, error instanceof Error ? error.message : String(error))
    }
  }

  count(operation: string) {
    const entry = this.entries.get(operation)
    return entry ? entry.samples.length + entry.errors : 0
  }

  errors() {
    return [...this.entries.values()].reduce((total, entry) => total + entry.errors, 0)
  }

  rows(): Row[] {
    return [...this.entries.entries()].map(([operation, entry]) => {
      const timed = summarise(entry.samples, entry.errors)
      const goal =
        entry.goalMs === undefined
          ? ''
          : `; goal p95 ≤ ${entry.goalMs} ms: ${timed.p95 <= entry.goalMs ? 'met' : 'NOT MET'}`
      return {
        measure: operation,
        value: timed.p95,
        unit: 'ms p95',
        note:
          `${timed.count} calls, p50 ${timed.p50.toFixed(0)}, p99 ${timed.p99.toFixed(0)} ms, ` +
          `${entry.errors ? `${entry.errors} ERRORS (${entry.firstError})` : '0 errors'}${goal}`,
      }
    })
  }
}

/**
 * Starts `total` runs of `work` evenly over `seconds` (open loop: a slow answer does not slow the
 * arrivals, as residents do not wait for each other), at most `inFlight` at once.
 */
export const paced = async (
  total: number,
  seconds: number,
  work: (i: number) => Promise<void>,
  inFlight = 64,
) => {
  const started = performance.now()
  const running = new Set<Promise<void>>()
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * seconds * 1000) / total
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    while (running.size >= inFlight) await Promise.race(running)
    const run = work(i).finally(() => running.delete(run))
    running.add(run)
  }
  await Promise.all(running)
}
