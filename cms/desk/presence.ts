import type { Endpoint, Payload } from 'payload'

import { relationId, relationTo } from '../core/relationId'
import { DESK_PRESENCE } from '../core/slugs'
import { readJsonBody } from '../http'
import { actorName } from './audit'
import { HEARTBEAT_MS, othersHere, PRESENCE_TTL_MS } from './core/presence'
import { staffCase } from './stepEndpoints'

/** Rows older than this are swept when anyone beats on the case (a crash leaves them behind). */
const SWEEP_MS = 10 * 60 * 1000

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate/i.test(String((error as { message?: unknown })?.message ?? error))

/** This person's row on the case, written (once per case and person) or renewed. */
const beat = async (
  payload: Payload,
  row: { case: number | string; user: number | string; name: string; typing: boolean },
  now: Date,
) => {
  const key = `${row.case}:${row.user}`
  const data = {
    key,
    case: relationTo(row.case),
    user: relationTo(row.user),
    name: row.name,
    typing: row.typing,
    seenAt: now.toISOString(),
  }
  const update = () =>
    payload.update({
      collection: DESK_PRESENCE,
      where: { key: { equals: key } },
      data,
      overrideAccess: true,
      depth: 0,
    })
  const updated = await update()
  if (updated.docs.length) return
  try {
    await payload.create({ collection: DESK_PRESENCE, data, overrideAccess: true, depth: 0 })
  } catch (error) {
    // Another process wrote the row between the two: renew that one.
    if (!isUniqueViolation(error)) throw error
    await update()
  }
}

/**
 * `POST /api/correspondence/{id}/presence` `{ typing?, leaving? }`: the case page's heartbeat
 * (every 5 s). It keeps this person on the case (or, leaving, takes them off) and answers who else
 * has it open and who is typing a reply, with the customer's latest message time (a reply begun
 * before it asks to confirm).
 */
export const presenceEndpoint: Endpoint = {
  path: '/:id/presence',
  method: 'post',
  handler: async (req) => {
    const found = await staffCase(req)
    if (found.refused) return found.refused
    const doc = found.doc
    const body = await readJsonBody(req)
    const now = new Date()
    const me = req.user!
    if (body.leaving === true)
      await req.payload.delete({
        collection: DESK_PRESENCE,
        where: { key: { equals: `${doc.id}:${me.id}` } },
        overrideAccess: true,
      })
    else
      await beat(
        req.payload,
        { case: doc.id, user: me.id, name: actorName(me) ?? 'Staff', typing: body.typing === true },
        now,
      )
    await req.payload.delete({
      collection: DESK_PRESENCE,
      where: {
        case: { equals: relationTo(doc.id) },
        seenAt: { less_than: new Date(now.getTime() - SWEEP_MS).toISOString() },
      },
      overrideAccess: true,
    })
    const { docs } = await req.payload.find({
      collection: DESK_PRESENCE,
      where: {
        case: { equals: relationTo(doc.id) },
        seenAt: { greater_than: new Date(now.getTime() - PRESENCE_TTL_MS).toISOString() },
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const here = othersHere(
      docs.map((d) => ({
        user: String(relationId(d.user)),
        name: d.name ?? 'Staff',
        typing: d.typing === true,
        seenAt: new Date(d.seenAt),
      })),
      String(me.id),
      now,
    )
    return Response.json(
      {
        here: here.map((p) => ({ name: p.name, typing: p.typing, seenAt: p.seenAt.toISOString() })),
        lastCustomerMessageAt: doc.lastCustomerMessageAt ?? null,
        state: doc.state,
        heartbeatMs: HEARTBEAT_MS,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
