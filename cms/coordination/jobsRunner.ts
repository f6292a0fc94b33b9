import type { Payload } from 'payload'

import { currentSettings, runsBackgroundWork } from '../settings'
import { isClosing } from './closing'
import { acquireLease, processId, releaseLease } from './leases'

export const JOBS_RUNNER_LEASE = 'jobs-runner'
/** Renewed at every tick of the queues (every 2 s); a runner that died is replaced 15 s later. */
const RUNNER_LEASE_MS = 15_000

let holding = false

/**
 * Payload's jobs queue takes a job by reading it, then marking it: two processes polling the same
 * queue can both take one job, and both run it. So one process at a time runs the queues: the one
 * holding this lease, asked at every tick. A process that takes the lease over resets the jobs the
 * previous runner left marked as running (it died, or lost the lease by stalling), or Payload would
 * never schedule those tasks again. Each task is safe to repeat (its own lease, or exclusive
 * claims).
 */
export const shouldRunJobs = async (payload: Payload): Promise<boolean> => {
  if (!runsBackgroundWork(currentSettings()) || isClosing(payload)) return false
  const had = holding
  try {
    holding = await acquireLease(payload, JOBS_RUNNER_LEASE, RUNNER_LEASE_MS, processId)
    if (holding && !had) await releaseStaleJobs(payload)
  } catch (error) {
    // A database hiccup costs this tick, never the next ones.
    holding = false
    payload.logger.error({ err: error, msg: 'Could not check the jobs-runner lease; next tick.' })
  }
  return holding
}

const releaseStaleJobs = async (payload: Payload) => {
  const stale = await payload.db.updateMany({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
  })
  if (stale?.length)
    payload.logger.warn(
      `Took over the jobs queue; ${stale.length} job(s) a previous runner left unfinished will run again.`,
    )
}

/** A clean stop hands the queues over at once instead of after the lease runs out. */
export const stopRunningJobs = async (payload: Payload) => {
  if (!holding) return
  holding = false
  await releaseLease(payload, JOBS_RUNNER_LEASE, processId).catch(() => undefined)
}
