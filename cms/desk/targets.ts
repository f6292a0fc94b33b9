import type { Payload } from 'payload'

import { loadCalendar } from '../calendar'
import { isKind } from './core/model'
import { isPriority, resolutionDue, type Targets, targetsFor } from './core/targets'
import { loadDeskSettings } from './deskSettings'

/** A case's targets from the desk's settings, by its kind and priority. */
export const caseTargets = async (
  payload: Payload,
  doc: { kind?: unknown; priority?: unknown },
): Promise<Targets> =>
  targetsFor(
    (await loadDeskSettings(payload)).targets,
    isKind(doc.kind) ? doc.kind : 'general',
    isPriority(doc.priority) ? doc.priority : 'normal',
  )

/** When a case must be resolved: from its arrival, by its kind and priority. */
export const resolutionDueFor = async (
  payload: Payload,
  doc: { kind?: unknown; priority?: unknown; receivedAt?: string | null },
) =>
  doc.receivedAt
    ? resolutionDue(
        new Date(doc.receivedAt),
        await caseTargets(payload, doc),
        await loadCalendar(payload),
      )
    : null
