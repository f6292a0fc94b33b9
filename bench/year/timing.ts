import type { Row } from '../table'

export type Timed = { count: number; p50: number; p95: number; p99: number; errors: number }

const at = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0

/** Count, percentiles (ms) and errors of a list of samples. */
export const summarise = (samples: number[], errors: number): Timed => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    count: samples.length + errors,
    p50: at(sorted, 0.5),
    p95: at(sorted, 0.95),
    p99: at(sorted, 0.99),
    errors,
  }
}

/**
 * Runs `call` `times` times one after another (after one unrecorded warm-up) and times each; a call
 * that throws or answers an unexpected status is an error, with the first one's message kept.
 */
export const timeCalls = async (
  times: number,
  call: (i: number) => Promise<Response>,
  expected = (status: number) => status >= 200 && status < 300,
) => {
  const samples: number[] = []
  let errors = 0
  let firstError = ''
  await call(-1)
    .then((r) => r.arrayBuffer())
    .catch(() => undefined)
  for (let i = 0; i < times; i += 1) {
    const started = performance.now()
    try {
      const response = await call(i)
      await response.arrayBuffer()
      if (!expected(response.status)) {
        errors += 1
        firstError ||= `HTTP ${response.status}`
        continue
      }
      samples.push(performance.now() - started)
    } catch (error) {
      errors += 1
      firstError ||= error instanceof Error ? error.message : String(error)
    }
  }
  return { ...summarise(samples, errors), firstError }
}

/** A table row for a timed operation, its goal beside it. */
export const timedRow = (
  measure: string,
  timed: Timed & { firstError?: string },
  goalMs?: number,
): Row => ({
  measure,
  value: timed.p95,
  unit: 'ms p95',
  note: [
    `p50 ${timed.p50.toFixed(0)}, p99 ${timed.p99.toFixed(0)} ms, ${timed.count} calls`,
    timed.errors ? `${timed.errors} ERRORS (${timed.firstError})` : '0 errors',
    goalMs === undefined
      ? ''
      : `goal ≤ ${goalMs} ms: ${timed.p95 <= goalMs && !timed.errors ? 'met' : 'NOT MET'}`,
  ]
    .filter(Boolean)
    .join('; '),
})
