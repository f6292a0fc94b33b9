import type { Payload, TaskConfig } from 'payload'

import { SITE_STATUS } from '../core/slugs'
import { withLease } from './leases'

/** One scheduled step that threw: recorded, shown in the admin, and tried again at the next run. */
export type ScheduledFailure = {
  step: string
  collection?: string
  itemId?: string
  title?: string
  error: string
}

/** What a step reports, in the task's output when it names a field there. */
type StepValue = number | boolean | null | Record<string, unknown>

/**
 * One piece of the 5-second pass, owned by its domain (publishing due items, refreshing the alerts
 * file, queueing alerts a crash never queued, the desk's digests…). A step that works item by item
 * records each item's failure in `failures` and goes on; a step that throws is recorded whole.
 */
export type ScheduledStep = {
  /** How the admin names the step in a failure (`publish`, `take-down`, `alerts`…). */
  name: string
  /** Its key in the pass's report. */
  report: string
  /** Its field in the jobs task's output, when it has one (Payload stores the output). */
  output?: 'number' | 'checkbox'
  /** What the report says when the step threw. */
  fallback: StepValue
  run: (payload: Payload, now: Date, failures: ScheduledFailure[]) => Promise<StepValue>
}

/**
 * A step's work at its own pace inside the 5-second pass: the first pass of the process (or, with
 * `firstAfterStart`, `everyMs` after the process started: work a start does anyway), then one
 * every `everyMs` (what the step skips reports null). The pace is this process's: each worker keeps
 * its own, and the lease lets one of them run the pass at a time.
 */
export const paced = (
  everyMs: number,
  run: ScheduledStep['run'],
  { firstAfterStart = false }: { firstAfterStart?: boolean } = {},
): ScheduledStep['run'] => {
  let last = firstAfterStart ? Date.now() : 0
  return async (payload, now, failures) => {
    if (now.getTime() - last < everyMs) return null
    last = now.getTime()
    return run(payload, now, failures)
  }
}

const registered: ScheduledStep[] = []

/** Sets the steps of the pass, in order (the composition root does, once per process). */
export const registerScheduledSteps = (steps: readonly ScheduledStep[]) => {
  registered.splice(0, registered.length, ...steps)
}

export const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500)

/**
 * Every 5 seconds: well inside the promise that a scheduled item is live within 60 s of its time,
 * and an expired alert leaves `active.json` within seconds.
 */
export const SCHEDULED_CRON = '*/5 * * * * *'
/**
 * The jobs queue of scheduled work; its name is stored in the jobs table, so it keeps its first
 * one.
 */
export const SCHEDULED_QUEUE = 'workflow'
/** One process at a time does the scheduled pass, however many run the jobs queue. */
export const SCHEDULED_WORK_LEASE = 'scheduled-work'

/**
 * Everything the 5-second job does, each step and each item isolated from the others: a scheduled
 * item that cannot be published stops neither the other publications, nor take-downs, embargo
 * rebuilds or alert expiries. What failed is written to the site status (shown in the admin).
 */
export const runScheduledWork = async (
  payload: Payload,
  now = new Date(),
): Promise<Record<string, StepValue>> => {
  const failures: ScheduledFailure[] = []
  const report: Record<string, StepValue> = {}
  for (const step of registered) {
    try {
      report[step.report] = await step.run(payload, now, failures)
    } catch (error) {
      failures.push({ step: step.name, error: messageOf(error) })
      payload.logger.error({
        err: error,
        msg: `Scheduled ${step.name} step failed; tried again in 5 s.`,
      })
      report[step.report] = step.fallback
    }
  }
  await recordScheduledFailures(payload, failures, now)
  return { ...report, failures: failures.length }
}

/** Writes the failures to the site status when they differ from what it shows (not every 5 s). */
const recordScheduledFailures = async (
  payload: Payload,
  failures: ScheduledFailure[],
  now: Date,
) => {
  const status = await payload.findGlobal({ slug: SITE_STATUS, overrideAccess: true, depth: 0 })
  const shown = (status.scheduledFailures ?? []).map(({ step, collection, itemId, error }) => ({
    step,
    collection: collection ?? undefined,
    itemId: itemId ?? undefined,
    error,
  }))
  const next = failures.map(({ step, collection, itemId, error }) => ({
    step,
    collection,
    itemId,
    error,
  }))
  if (JSON.stringify(shown) === JSON.stringify(next)) return
  await payload.updateGlobal({
    slug: SITE_STATUS,
    data: { scheduledFailures: failures.map((f) => ({ ...f, at: now.toISOString() })) },
    overrideAccess: true,
  })
}

type PassOutput = Record<string, number | boolean>

/**
 * The jobs task of the pass (its slug, `publishDue`, is stored in the jobs table and kept). Its
 * output carries the steps that name a field, and the number of failures.
 */
export const scheduledWorkTask = (
  steps: readonly ScheduledStep[],
): TaskConfig<{
  input: Record<string, never>
  output: PassOutput
}> => {
  const reported = steps.filter((step) => step.output)
  const idle: PassOutput = Object.fromEntries([
    ...reported.map((step) => [step.report, step.output === 'number' ? 0 : false]),
    ['failures', 0],
  ])
  return {
    slug: 'publishDue',
    label: 'Publish scheduled items and take down expired ones',
    retries: 0,
    schedule: [{ cron: SCHEDULED_CRON, queue: SCHEDULED_QUEUE }],
    outputSchema: [
      ...reported.map((step) =>
        step.output === 'number'
          ? { name: step.report, type: 'number' as const, required: true }
          : { name: step.report, type: 'checkbox' as const, required: true },
      ),
      { name: 'failures', type: 'number' as const, required: true },
    ],
    handler: async ({ req }) => {
      const pass = await withLease(req.payload, SCHEDULED_WORK_LEASE, 60_000, () =>
        runScheduledWork(req.payload),
      )
      if (!pass.ran) return { output: idle }
      // A process that held the lease reports what it did; another reports nothing done.
      const output = Object.fromEntries(
        Object.keys(idle).map((key) => [key, pass.result[key] as number | boolean]),
      )
      return { output }
    },
  }
}
