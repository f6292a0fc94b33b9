import type { Endpoint } from 'payload'

import { jsonError, readJsonBody } from '../http'
import { macroEffects } from './core/macros'
import { filledMacro, macroForCase, macrosOffered } from './macros'
import { staffCase } from './stepEndpoints'
import { checkReply } from './steps'

/**
 * A case's macros: `GET …/{id}/macros` lists those offered on it; `POST …/{id}/macro` `{ macro }`
 * fills one in the case's language and checks the filled text with the plain-language rules, for
 * the agent to read and edit before `…/reply` `{ message, macro }` sends it.
 */
export const macroEndpoints: Endpoint[] = [
  {
    path: '/:id/macros',
    method: 'get',
    handler: async (req) => {
      const found = await staffCase(req)
      if (found.refused) return found.refused
      return Response.json(
        { macros: await macrosOffered(req.payload, found.doc) },
        { headers: { 'cache-control': 'no-store' } },
      )
    },
  },
  {
    path: '/:id/macro',
    method: 'post',
    handler: async (req) => {
      const found = await staffCase(req)
      if (found.refused) return found.refused
      const body = await readJsonBody(req)
      const picked = await macroForCase(req.payload, found.doc, body.macro)
      if (!picked.ok) return jsonError(picked.status, picked.message, 'macro')
      const text = await filledMacro(req.payload, found.doc, picked.macro, req.user)
      return Response.json({
        macro: { id: picked.macro.id, name: picked.macro.name },
        language: found.doc.language,
        text,
        effects: macroEffects(picked.macro),
        check: await checkReply(req.payload, text, found.doc.language, req.i18n?.language),
      })
    },
  },
]
