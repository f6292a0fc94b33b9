import type { Endpoint } from 'payload'

import { isStaff } from '../access/core/roles'
import { databaseLimiter } from '../coordination'
import { clientIp, readBody, jsonError, refuseUnless } from '../http'
import { logMiss, searchForAgent } from './agentIndex'
import { strings } from '../../site/lib/i18n'
import { countView, feedbackPage, publicAnswer, readFeedback, storeFeedback } from './feedback'

const feedbackPerIp = databaseLimiter('kb-feedback-ip', { max: 20, windowMs: 60 * 60 * 1000 })
const viewPerIp = databaseLimiter('kb-view-ip', { max: 1, windowMs: 60 * 60 * 1000 })
const missPerIp = databaseLimiter('kb-miss-ip', { max: 30, windowMs: 60 * 60 * 1000 })

/**
 * `GET /api/kb-articles/search?q=&lang=en|fr`: the agents' search, ranked, each answer with its
 * phone script and notes and whether it is past its review date. Staff only. `POST
 * /api/kb-articles/{id}/feedback` (`helpful` yes|no, `comment`, `language`): the answer page's
 * form, or JSON; 20 an hour from one address. `POST /api/kb-articles/{id}/view`: the page was read
 * (counted once an hour per address and answer). `POST /api/kb-articles/misses` (`q`, `lang`): the
 * site's search found nothing (30 an hour from one address).
 */
export const kbEndpoints: Endpoint[] = [
  {
    path: '/search',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnless(req, isStaff, {
        signIn: 'Sign in to search the knowledge base.',
        forbidden: 'Only staff search the knowledge base.',
      })
      if (refused) return refused
      const query = (req.searchParams.get('q') ?? '').slice(0, 200)
      const language = req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'
      const answers = await searchForAgent(req.payload, query, language)
      return Response.json({ query, language, answers })
    },
  },
  {
    path: '/:id/feedback',
    method: 'post',
    handler: async (req) => {
      const { values, form } = await readBody(req)
      const answer = await publicAnswer(req.payload, req.routeParams?.id)
      if (!answer) return jsonError(404, 'No public answer has this id.')
      const feedback = readFeedback({
        helpful: values.helpful,
        comment: values.comment,
        language: values.language,
      })
      // The honeypot: a bot that fills it gets the thank-you and nothing is stored.
      const bot = typeof values.website === 'string' && values.website.trim() !== ''
      if (feedback.helpful === null)
        return form
          ? feedbackPage(
              feedback.language,
              answer,
              400,
              strings(feedback.language).answers.helpfulQuestion,
            )
          : jsonError(400, 'Say whether the answer helped: `helpful` is yes or no.', 'helpful')
      if (!bot && !(await feedbackPerIp.take(req.payload, clientIp(req))))
        return form
          ? feedbackPage(
              feedback.language,
              answer,
              429,
              strings(feedback.language).answers.feedbackTooMany,
            )
          : jsonError(429, 'Too much feedback from this connection; try again later.')
      if (!bot)
        await storeFeedback(req.payload, answer.id, { ...feedback, helpful: feedback.helpful })
      return form
        ? feedbackPage(feedback.language, answer)
        : Response.json({ ok: true }, { status: 201 })
    },
  },
  {
    path: '/misses',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const query = typeof values.q === 'string' ? values.q.slice(0, 200) : ''
      if (query.trim() && (await missPerIp.take(req.payload, clientIp(req))))
        await logMiss(req.payload, query, values.lang === 'fr' ? 'fr' : 'en', 'site')
      return new Response(null, { status: 204, headers: { 'access-control-allow-origin': '*' } })
    },
  },
  {
    path: '/:id/view',
    method: 'post',
    handler: async (req) => {
      const answer = await publicAnswer(req.payload, req.routeParams?.id)
      if (!answer) return new Response(null, { status: 404 })
      const language = req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'
      if (await viewPerIp.take(req.payload, `${clientIp(req)}:${answer.id}`))
        await countView(req.payload, answer.id, language)
      return new Response(null, { status: 204, headers: { 'access-control-allow-origin': '*' } })
    },
  },
]
