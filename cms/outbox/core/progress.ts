/**
 * A send's progress for staff: how many went, how fast, and when it will be done. Pure.
 */
type Progress = {
  total: number
  sent: number
  failed: number
  queued: number
  ratePerSecond: number | null
  etaSeconds: number | null
}

export const sendProgress = (
  counts: { total: number; sent: number; failed: number },
  startedAt: Date,
  now: Date,
): Progress => {
  const done = counts.sent + counts.failed
  const queued = Math.max(0, counts.total - done)
  const elapsed = (now.getTime() - startedAt.getTime()) / 1000
  const ratePerSecond = done > 0 && elapsed > 0 ? done / elapsed : null
  const etaSeconds = queued === 0 ? 0 : ratePerSecond ? queued / ratePerSecond : null
  return { ...counts, queued, ratePerSecond, etaSeconds }
}

export const formatDuration = (seconds: number | null): string => {
  if (seconds === null) return 'unknown'
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} min`
  return `${(seconds / 3600).toFixed(1)} h`
}
