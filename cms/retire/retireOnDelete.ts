import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, Payload } from 'payload'

import { type ContentSlug, EMERGENCY_BULLETINS, RETIRED_ITEMS, WORKFLOW_AUDIT } from '../core/slugs'
import { cancelForDeleted } from '../../emergency/core/deletedCancel'
import { capLatest, toCapMessage } from '../../emergency/core/fromBulletin'
import { hashPath } from '../../site/lib/gone'
import type { Actor } from '../access/core/roles'
import { auditActor } from '../workflow/core/transition'
import type { WorkflowState } from '../workflow/core/states'
import { SECTION_OF } from '../core/sections'
import { itemPath } from '../../site/lib/i18n/locales'
import { emergencyFiles, fetchBulletins, publishEmergencyNow } from '../../emergency'
import { afterCommit } from '../db'
import { requestSiteBuild } from '../coordination'
import { anonymousRest } from '../publishing'
import { currentSettings } from '../settings'

type Doc = Record<string, unknown> & { id: number | string; workflowState?: WorkflowState | null }

const contextKey = (collection: string, id: unknown) => `retire:${collection}:${String(id)}`

/**
 * Before a bulletin is deleted, while it still exists: if it is an alert in force, the CAP Cancel
 * that will retire it (it needs the alert as the public saw it, in both languages).
 */
export const prepareRetirement =
  (collection: ContentSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (collection !== EMERGENCY_BULLETINS) return
    const settings = currentSettings()
    const bulletins = await fetchBulletins(anonymousRest(req.payload).get)
    const bulletin = bulletins.find((b) => String(b.id) === String(id))
    if (!bulletin) return
    const now = new Date()
    const { activeIdentifiers } = emergencyFiles(bulletins, {
      siteUrl: settings.siteUrl,
      sender: settings.capSender,
      cityName: settings.cityName,
      now,
    })
    if (!activeIdentifiers.includes(capLatest(settings.capSender, bulletin).identifier)) return
    const cancel = cancelForDeleted(
      toCapMessage(bulletin, bulletins, settings.capSender, settings.siteUrl),
      settings.capSender,
      now,
      settings.siteUrl,
    )
    req.context[contextKey(collection, id)] = JSON.parse(JSON.stringify(cancel))
  }

/**
 * After an item is deleted: a permanent record (its identities are retired, never reused), an entry
 * in the workflow audit (who, when), and, if the public had seen it, a site build (page and feed
 * entries go; its address answers 410 Gone) and the emergency files at once (an alert in force
 * leaves `active.json` and its Cancel is published).
 */
export const retireOnDelete =
  (collection: ContentSlug): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const payload = req.payload
    const item = doc as Doc
    const user = req.user as Actor | undefined
    const who = auditActor(user, 'System')
    const deletedAt = new Date().toISOString()
    const page = { slug: String(item.slug ?? ''), slugFr: (item.slugFr as string | null) ?? null }
    const path = itemPath(SECTION_OF[collection], page, 'en')
    const pathFr = itemPath(SECTION_OF[collection], page, 'fr')
    const wasPublic = Boolean(item.publishedAt) || item._status === 'published'
    const cancel =
      (req.context[contextKey(collection, item.id)] as Record<string, unknown> | undefined) ?? null
    await payload.create({
      collection: RETIRED_ITEMS,
      data: {
        itemCollection: collection,
        itemId: String(item.id),
        itemUid: String(item.uid ?? item.id),
        title: String(item.title ?? ''),
        path,
        pathHash: hashPath(path),
        pathFr,
        pathHashFr: hashPath(pathFr),
        wasPublic,
        deletedAt,
        deletedBy: who.actor,
        deletedByName: who.actorName,
        cancel,
      },
      overrideAccess: true,
      req,
    })
    await payload.create({
      collection: WORKFLOW_AUDIT,
      data: {
        itemCollection: collection,
        itemId: String(item.id),
        itemTitle: String(item.title ?? ''),
        action: 'delete',
        fromState: item.workflowState ?? 'draft',
        toState: 'deleted',
        ...who,
        comment: cancel ? 'Deleted while in force: a CAP Cancel was published.' : null,
        at: deletedAt,
        summary: `delete: ${String(item.workflowState ?? 'draft')} → deleted`,
      },
      overrideAccess: true,
      req,
    })
    // The files and the build read through the public API, outside this transaction: after it
    // commits.
    if (wasPublic) await afterCommit(req, () => afterPublicDeletion(payload, collection, item.id))
  }

const afterPublicDeletion = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
) => {
  if (collection === EMERGENCY_BULLETINS) {
    await publishEmergencyNow(payload).catch((error) =>
      payload.logger.error({
        err: error,
        msg: 'Emergency files not rewritten after a deletion; the site build that follows will.',
      }),
    )
  }
  await requestSiteBuild(payload, `deleted ${collection} ${id}`).catch((error) =>
    payload.logger.error({
      err: error,
      msg: 'Could not queue a site build after a deletion; the next change will.',
    }),
  )
}
