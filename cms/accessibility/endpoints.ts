import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import type { ContentSlug } from '../core/slugs'
import { isStaff } from '../access/core/roles'
import { checkData, checkStoredItem } from './forItem'
import { jsonError, refuseUnless } from '../http'
import { type Language } from '../../site/lib/i18n'

const refuse = (req: PayloadRequest) =>
  refuseUnless(req, isStaff, {
    signIn: 'Sign in to see accessibility findings.',
    forbidden: 'Staff only.',
  })

const languageOf = (req: PayloadRequest): Language =>
  new URL(req.url ?? 'http://x').searchParams.get('locale') === 'fr' ? 'fr' : 'en'

/**
 * `GET /api/{slug}/{id}/accessibility[?locale=fr]`: findings for the item's working copy, `{
 * findings: [{ rule, severity, message, path }], readingLevel: { measure, grade, ease, target,
 * language, scored } }`. `POST /api/{slug}/accessibility` with the item's fields: the same for text
 * not saved yet (the admin panel checks as people type).
 */
export const accessibilityEndpoints = (collection: ContentSlug): Endpoint[] => [
  {
    path: '/:id/accessibility',
    method: 'get',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const result = await checkStoredItem(
        req.payload,
        collection,
        String(req.routeParams?.id ?? ''),
        languageOf(req),
        req.i18n?.language,
      )
      return result ? Response.json(result) : jsonError(404, 'No such item.')
    },
  },
  {
    path: '/accessibility',
    method: 'post',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      return Response.json(
        await checkData(
          req.payload,
          collection,
          (req.data ?? {}) as Record<string, unknown>,
          languageOf(req),
          req.i18n?.language,
        ),
      )
    },
  },
]
