import type { Payload, Where } from 'payload'

import { CONTENT_SLUGS, type ContentSlug } from '../core/slugs'
import { messageOf, type ScheduledFailure, type ScheduledStep } from '../coordination'
import { archiveIfDue, publishIfDue } from './service'

/**
 * Runs `act` on every item of every content type that `where` selects (in its latest version when
 * `draft`), each on its own: an item that throws is recorded in `failures` and the rest go on.
 */
const actOnEach = async (
  payload: Payload,
  query: { where: Where; draft: boolean },
  step: string,
  act: (collection: ContentSlug, id: number | string) => Promise<boolean>,
  failures: ScheduledFailure[] = [],
): Promise<number> => {
  let changed = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({
      collection,
      ...query,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { workflowState: true, title: true },
    })
    for (const doc of docs) {
      try {
        if (await act(collection, doc.id)) changed += 1
      } catch (error) {
        failures.push({
          step,
          collection,
          itemId: String(doc.id),
          title: String((doc as { title?: unknown }).title ?? ''),
          error: messageOf(error),
        })
        payload.logger.error({
          err: error,
          msg: `Scheduled ${step} of ${collection} ${doc.id} failed; the others go on and it is tried again in 5 s.`,
        })
      }
    }
  }
  return changed
}

/**
 * Finds every item whose scheduled time has come and publishes it. Scheduled state and time live on
 * the item itself, so nothing is lost in a restart: the next run after start-up catches up.
 */
export const publishDue = (
  payload: Payload,
  now = new Date(),
  failures?: ScheduledFailure[],
): Promise<number> =>
  actOnEach(
    payload,
    {
      draft: true,
      where: {
        and: [
          { workflowState: { equals: 'scheduled' } },
          { publishAt: { less_than_equal: now.toISOString() } },
        ],
      },
    },
    'publish',
    async (collection, id) => (await publishIfDue(payload, collection, id, now)) === 'published',
    failures,
  )

/** Archives every live item whose take-down time has come. */
export const archiveDue = (
  payload: Payload,
  now = new Date(),
  failures?: ScheduledFailure[],
): Promise<number> =>
  actOnEach(
    payload,
    {
      draft: false,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { unpublishAt: { less_than_equal: now.toISOString() } },
        ],
      },
    },
    'take-down',
    async (collection, id) => (await archiveIfDue(payload, collection, id, now)) === 'archived',
    failures,
  )

/** The workflow's part of the 5-second pass: scheduled publications, then take-downs. */
export const workflowScheduledSteps: ScheduledStep[] = [
  {
    name: 'publish',
    report: 'published',
    output: 'number',
    fallback: 0,
    run: (payload, now, failures) => publishDue(payload, now, failures),
  },
  {
    name: 'take-down',
    report: 'archived',
    output: 'number',
    fallback: 0,
    run: (payload, now, failures) => archiveDue(payload, now, failures),
  },
]
