import type { Endpoint, PayloadRequest } from 'payload'

import { strings, type Language } from '../../../site/lib/i18n'
import { loadCalendar } from '../../calendar'
import { relationTo } from '../../core/relationId'
import { CORRESPONDENCE_MESSAGES, RESIDENT_LINKS } from '../../core/slugs'
import { BodyRefused, readBody, readBodyWithFiles } from '../../http'
import { addComment, loadRequest, photosIn } from '../../servicerequests'
import { audit } from '../audit'
import { loadCase, saveClock } from '../cases'
import { caseTargets } from '../targets'
import { formTokenValid, type MySession } from './core'
import { askPage } from './page'
import { myBase, mySession } from './link'

const MAX_MESSAGE = 5000
/** Three photos of a phone's size, and the words. */
const MAX_COMMENT_BYTES = 3 * 10 * 1024 * 1024 + 64 * 1024

const back = (language: Language, done: string) =>
  new Response(null, {
    status: 303,
    headers: { location: `${myBase()}?lang=${language}&done=${done}`, 'cache-control': 'no-store' },
  })

const problem = (language: Language, text: string, status = 400) => askPage(language, text, status)

/** The signed-in resident posting a form of their page (its token checked), or a refusal. */
const signedIn = async (
  req: PayloadRequest,
  values: Record<string, unknown>,
): Promise<MySession | Response> => {
  const me = await mySession(req)
  if (!me) return askPage('en', strings('en').my.expired, 401, null, 'expiredTitle')
  if (!formTokenValid(req.payload.secret, me.session, values.token))
    return problem(me.language, strings(me.language).my.expired, 403)
  return me
}

const messageOf = (values: Record<string, unknown>, t: ReturnType<typeof strings>['my']) => {
  const text =
    typeof values.message === 'string' ? values.message.replace(/\r\n/g, '\n').trim() : ''
  if (!text) return { problem: t.empty }
  if (text.length > MAX_MESSAGE) return { problem: t.tooLong }
  return { text }
}

/** The case, if it is this person's (the same address) and not merged away. */
const ownCase = async (req: PayloadRequest, me: MySession) => {
  const doc = await loadCase(req.payload, String(req.routeParams?.id ?? ''))
  return doc && doc.email === me.email && !doc.mergedInto ? doc : null
}

const notYours = (me: MySession) => problem(me.language, strings(me.language).my.notYours, 404)

/**
 * A form posted about one of the resident's cases: signed in, the token checked, the case theirs;
 * `act` does the rest with the form's values.
 */
const caseAction =
  (
    act: (
      req: PayloadRequest,
      me: MySession,
      doc: NonNullable<Awaited<ReturnType<typeof ownCase>>>,
      values: Record<string, unknown>,
    ) => Promise<Response>,
  ) =>
  async (req: PayloadRequest) => {
    const { values } = await readBody(req)
    const me = await signedIn(req, values)
    if (me instanceof Response) return me
    const doc = await ownCase(req, me)
    if (!doc) return notYours(me)
    return act(req, me, doc, values)
  }

/**
 * What a resident does on their page, each a form that works without JavaScript: add a message to
 * a case (it joins the thread as theirs and, like an email, starts the clock again), close a case
 * they no longer need answered, comment on a 311 report with photos, close the page.
 */
export const myActionEndpoints: Endpoint[] = [
  {
    path: '/my/cases/:id/message',
    method: 'post',
    handler: caseAction(async (req, me, doc, values) => {
      const message = messageOf(values, strings(me.language).my)
      if (message.problem) return problem(me.language, message.problem)
      const at = new Date()
      await req.payload.create({
        collection: CORRESPONDENCE_MESSAGES,
        data: {
          case: relationTo(doc.id),
          direction: 'in',
          at: at.toISOString(),
          fromAddress: me.email,
          subject: doc.subject ?? null,
          body: message.text!,
        },
        overrideAccess: true,
        depth: 0,
      })
      await saveClock(req.payload, doc, {
        type: 'customer-wrote',
        at,
        calendar: await loadCalendar(req.payload),
        nextReplyDays: (await caseTargets(req.payload, doc)).nextReplyDays,
      })
      await audit(req.payload, {
        case: doc.id,
        action: doc.state === 'closed' ? 'reopened by the customer' : 'customer wrote',
        details: 'on their own page',
      })
      return back(me.language, 'added')
    }),
  },
  {
    path: '/my/cases/:id/close',
    method: 'post',
    handler: caseAction(async (req, me, doc) => {
      if (doc.state !== 'closed') {
        const now = new Date()
        await saveClock(
          req.payload,
          doc,
          { type: 'closed', at: now },
          { closedAt: now.toISOString() },
        )
        await audit(req.payload, {
          case: doc.id,
          action: 'closed by the customer',
          details: 'on their own page: no answer needed',
        })
      }
      return back(me.language, 'closed')
    }),
  },
  {
    path: '/my/requests/:id/comment',
    method: 'post',
    handler: async (req) => {
      let body: Awaited<ReturnType<typeof readBodyWithFiles>>
      // Set while the body is read: the session and its token are checked before any photo.
      const gate: { me: MySession | Response | null } = { me: null }
      try {
        body = await readBodyWithFiles(req, MAX_COMMENT_BYTES, async (values) => {
          gate.me = await signedIn(req, values)
          return gate.me instanceof Response
            ? { status: gate.me.status, message: 'Not signed in.' }
            : null
        })
      } catch (error) {
        if (!(error instanceof BodyRefused)) throw error
        if (gate.me instanceof Response) return gate.me
        return problem('en', error.message, error.refusal.status)
      }
      const me = gate.me ?? (await signedIn(req, body.values))
      if (me instanceof Response) return me
      const request = await loadRequest(req.payload, String(req.routeParams?.id ?? ''))
      if (!request || request.email !== me.email) return notYours(me)
      const message = messageOf(body.values, strings(me.language).my)
      if (message.problem) return problem(me.language, message.problem)
      const outcome = await addComment(req.payload, {
        reference: request.reference,
        text: message.text,
        photos: photosIn(body.files),
        actorName: 'The reporter (their own page)',
      })
      if (outcome.kind === 'invalid')
        return problem(me.language, outcome.problems.map((p) => p.message).join(' '))
      if (outcome.kind === 'not-found') return notYours(me)
      return back(me.language, 'commented')
    },
  },
  {
    path: '/my/signout',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const me = await signedIn(req, values)
      if (me instanceof Response) return me
      await req.payload.update({
        collection: RESIDENT_LINKS,
        id: me.id,
        data: { sessionExpiresAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      const t = strings(me.language).my
      const answer = askPage(me.language, null, 200, t.signedOut)
      answer.headers.set('set-cookie', 'civic_my=; Path=/api/my; HttpOnly; SameSite=Lax; Max-Age=0')
      return answer
    },
  },
]
