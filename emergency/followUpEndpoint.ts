import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { EMERGENCY_BULLETINS } from '../cms/core/slugs'
import { followUpData, type FollowUpKind } from './core/followUp'
import { mayWrite } from '../cms/access'
import { jsonError, refuseUnless } from '../cms/http'

/**
 * `POST /api/emergency-bulletins/{id}/follow-up` `{ "kind": "update" | "cancel" }`: creates the
 * draft Update or Cancel of a live bulletin, references set, as the signed-in officer. It then goes
 * through the workflow like any bulletin (urgent publish included).
 */
export const followUpEndpoint: Endpoint = {
  path: '/:id/follow-up',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, (user) => mayWrite(EMERGENCY_BULLETINS, user), {
      signIn: 'Sign in to issue a follow-up.',
      forbidden: 'Only roles that write bulletins can issue a follow-up.',
    })
    if (refused) return refused
    await addDataAndFileToRequest(req)
    const kind = (req.data as { kind?: unknown } | undefined)?.kind
    if (kind !== 'update' && kind !== 'cancel')
      return jsonError(400, 'kind must be "update" or "cancel".', 'kind')
    const id = String(req.routeParams?.id ?? '')
    const live = await req.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      locale: 'en',
    })
    if (!live) return jsonError(404, `No bulletin with id ${id}.`)
    if (
      live._status !== 'published' ||
      !['published', 'published_needs_review'].includes(String(live.workflowState))
    ) {
      return jsonError(409, 'Only a live bulletin can be updated or cancelled.')
    }
    if (live.msgType === 'Cancel') return jsonError(409, 'This bulletin is itself a cancellation.')
    const draft = await req.payload.create({
      collection: EMERGENCY_BULLETINS,
      data: followUpData(live, kind as FollowUpKind),
      draft: true,
      locale: 'en',
      user: req.user,
      overrideAccess: false,
      req,
    })
    const french = await req.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      locale: 'fr',
      fallbackLocale: false,
    })
    if (french?.title) {
      const frenchFollowUp = followUpData(french, kind as FollowUpKind)
      const localized = ['title', 'summary', 'body', 'event', 'headline', 'instruction'] as const
      const data = Object.fromEntries(
        localized.filter((f) => frenchFollowUp[f] != null).map((f) => [f, frenchFollowUp[f]]),
      )
      if (kind === 'cancel')
        Object.assign(data, {
          title: `Fin de l'alerte : ${String(french.title)}`,
          summary: "L'alerte est terminée.",
          instruction: "Aucune mesure n'est requise.",
        })
      await req.payload.update({
        collection: EMERGENCY_BULLETINS,
        id: draft.id,
        data: data,
        draft: true,
        locale: 'fr',
        user: req.user,
        overrideAccess: false,
        req,
      })
    }
    return Response.json(
      { doc: draft, message: kind === 'update' ? 'Update drafted.' : 'All-clear drafted.' },
      { status: 201 },
    )
  },
}
