import type { Payload, PayloadRequest } from 'payload'

import type { Actor } from '../access/core/roles'
import { DESK_AUDIT } from '../core/slugs'
import { relationTo } from '../core/relationId'

export const actorName = (actor: Actor) =>
  actor ? [actor.firstName, actor.lastName].filter(Boolean).join(' ') || actor.email || null : null

/** One line of a case's history; never changed afterwards. */
export const audit = (
  payload: Payload,
  entry: {
    case: number | string | null
    action: string
    actor?: Actor
    details?: string | null
    req?: PayloadRequest
  },
) =>
  payload.create({
    collection: DESK_AUDIT,
    data: {
      case: relationTo(entry.case),
      action: entry.action,
      actor: entry.actor ? relationTo(entry.actor.id) : null,
      actorName: actorName(entry.actor) ?? 'System',
      details: entry.details ?? null,
      at: new Date().toISOString(),
    },
    req: entry.req,
    overrideAccess: true,
    depth: 0,
  })
