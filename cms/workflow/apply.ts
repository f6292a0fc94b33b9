import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { type ContentSlug, USERS, WORKFLOW_AUDIT } from '../core/slugs'
import type { Actor } from '../access/core/roles'
import { auditActor, type Transition } from './core/transition'
import { afterTransition } from './effects'
import type { LoadedItem } from './item'
import { isLive } from './core/states'
import type { ChangeNote } from './core/changeNote'

// A fresh object each time: Payload keeps per-operation state in the context it is given.
const workflowContext = () => ({ workflow: true })

/** What the transition writes besides the state, so the fields never disagree with it. */
const fieldsFor = (t: Transition, actor: Actor): Record<string, unknown> => {
  switch (t.to) {
    case 'scheduled':
      return { publishAt: t.publishAt?.toISOString() }
    case 'published':
      return t.action === 'confirm-review'
        ? {}
        : { publishAt: null, withdrawalReason: null, withdrawnAt: null, urgentPublishedBy: null }
    case 'published_needs_review':
      return {
        publishAt: null,
        withdrawalReason: null,
        withdrawnAt: null,
        urgentPublishedBy: actor?.id ?? null,
      }
    case 'withdrawn':
      return { withdrawalReason: t.comment, withdrawnAt: new Date().toISOString() }
    default:
      return t.from === 'scheduled' ? { publishAt: null } : {}
  }
}

type StoredNote = { note: string; noteFr?: string | null; at: string; notified?: boolean | null }

/** The live item's change notes with this one added, newest last. */
const withNote = (item: LoadedItem, change: ChangeNote): StoredNote[] => [
  ...(((item.main as { changeNotes?: StoredNote[] | null }).changeNotes ?? []).map(
    ({ note, noteFr, at, notified }) => ({ note, noteFr, at, notified }),
  ) as StoredNote[]),
  {
    note: change.note,
    noteFr: change.noteFr,
    at: new Date().toISOString(),
    notified: change.notify,
  },
]

const latestVersionId = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  req: PayloadRequest,
) => {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * Before changing the live version while newer edits wait as a draft, put the live version back on
 * top, so withdrawing or confirming acts on what the public sees. The edits stay in the history.
 */
const restoreLiveOnTop = async (payload: Payload, collection: ContentSlug, id: number | string) => {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0])
    await payload.restoreVersion({
      collection,
      id: docs[0].id,
      depth: 0,
      overrideAccess: true,
      context: workflowContext(),
    })
}

/**
 * Writes one transition and then its audit entry, in one database transaction where the database
 * offers them (MongoDB on a replica set). Payload's SQLite adapter runs without transactions (its
 * documentation warns of locking), so there the state is written first and the entry straight
 * after; a crash between the two would leave one transition unaudited, still visible in the version
 * history.
 */
/** The user document of whoever acts, as a request carries it. */
const actingUser = async (payload: Payload, id: number | string): Promise<TypedUser> => ({
  ...(await payload.findByID({ collection: USERS, id, depth: 0, overrideAccess: true })),
  collection: USERS,
})

export const applyTransition = async (
  payload: Payload,
  item: LoadedItem,
  t: Transition,
  actor: Actor,
) => {
  const collection = item.facts.collection
  const id = item.main.id
  const req = await createLocalReq(
    {
      // The actor's own user document (or nobody, for scheduled work): hooks read its roles.
      user: actor ? await actingUser(payload, actor.id) : undefined,
      context: workflowContext(),
    },
    payload,
  )
  // On its own request, outside the transaction: restoreVersion leaves the request's locale set to
  // "all", which would make the update below read every localized field as missing. If the
  // transition then fails, the live text is simply the latest version again, edits one step back.
  if (t.on === 'live' && item.hasPendingEdits) await restoreLiveOnTop(payload, collection, id)
  const owned = await initTransaction(req)
  try {
    const goesLive = isLive(t.to)
    const firstTimeLive = goesLive && !item.main.publishedAt && !item.working.publishedAt
    const data = {
      ...fieldsFor(t, actor),
      workflowState: t.to,
      ...(t.to === 'archived'
        ? { _status: 'draft' as const }
        : goesLive
          ? { _status: 'published' as const }
          : {}),
      // The first time an item goes live is its public date in feeds and listings; republishing
      // keeps it.
      ...(firstTimeLive ? { publishedAt: new Date().toISOString() } : {}),
      ...(goesLive && t.changeNote ? { changeNotes: withNote(item, t.changeNote) } : {}),
    }
    const doc = await payload.update({
      collection,
      id,
      data: data,
      // Live states write the main document; review states add a draft version.
      draft: !goesLive && t.to !== 'archived',
      depth: 0,
      overrideAccess: true,
      req,
      context: workflowContext(),
    })
    const entry = await payload.create({
      collection: WORKFLOW_AUDIT,
      data: {
        itemCollection: collection,
        itemId: String(id),
        itemTitle: String(doc.title ?? ''),
        action: t.action,
        fromState: t.from,
        toState: t.to,
        ...auditActor(actor, 'System (scheduled)'),
        comment: t.comment,
        publishAt: t.publishAt?.toISOString() ?? null,
        accessibilityOverride: t.override
          ? `${t.override.reason} (overrode: ${t.override.rules.join(', ')})`
          : null,
        versionId: String((await latestVersionId(payload, collection, id, req)) ?? ''),
        at: new Date().toISOString(),
        summary: `${t.action}: ${t.from} → ${t.to}`,
      },
      overrideAccess: true,
      req,
      context: workflowContext(),
    })
    if (owned) await commitTransaction(req)
    await afterTransition(payload, { collection, doc: doc, transition: t, firstTimeLive })
    return { doc, entry }
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
