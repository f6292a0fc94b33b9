import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { strings, type Language } from '../../../site/lib/i18n'
import { databaseLimiter } from '../../coordination'
import { RESIDENT_LINKS } from '../../core/slugs'
import { normaliseEmail } from '../../core/text/emailAddress'
import { queueMessage } from '../../email'
import { clientIp, jsonError, readBody, wantsJson } from '../../http'
import { currentSettings } from '../../settings'
import {
  hashOf,
  isSecretShape,
  LINK_MINUTES,
  linkState,
  type MySession,
  newSecret,
  SESSION_HOURS,
  sessionCookie,
  sessionFrom,
  sessionValid,
} from './core'
import { askPage, myPage } from './page'

const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en')

/** Links asked from one connection an hour, and links sent to one address an hour. */
const perIp = databaseLimiter('my-link-ip', { max: 10, windowMs: 60 * 60 * 1000 })
const perAddress = databaseLimiter('my-link-address', { max: 3, windowMs: 60 * 60 * 1000 })

export const myBase = () => `${currentSettings().cmsUrl}/api/my`

const linkEmail = (language: Language, url: string) => {
  const t = strings(language).my
  return {
    subject: t.mailSubject,
    text: [t.mailLead, '', url, '', t.mailRules, t.mailIgnore].join('\n'),
  }
}

/**
 * `POST /api/my/link` `{ email, language }` (JSON, or the page's form without JavaScript): always
 * 202 and the same words, whether the address has cases or not; a one-time link is queued to the
 * address (at most 3 an hour; past them nothing more is sent, and nothing says so).
 */
const askForLink: Endpoint = {
  path: '/my/link',
  method: 'post',
  handler: async (req) => {
    const { values, form } = await readBody(req)
    const language = languageOf(values.language)
    const t = strings(language).my
    const json = !form || wantsJson(req)
    const email = normaliseEmail(values.email)
    if (!email)
      return json ? jsonError(400, t.invalidEmail, 'email') : askPage(language, t.invalidEmail, 400)
    if (!(await perIp.take(req.payload, clientIp(req))))
      return json ? jsonError(429, t.tooMany) : askPage(language, t.tooMany, 429)
    if (await perAddress.take(req.payload, email)) await sendLink(req.payload, email, language)
    return json
      ? Response.json({ message: t.sent }, { status: 202 })
      : askPage(language, null, 202, t.sent)
  },
}

const sendLink = async (payload: Payload, email: string, language: Language) => {
  const token = newSecret()
  const now = Date.now()
  await payload.create({
    collection: RESIDENT_LINKS,
    data: {
      email,
      language,
      tokenHash: hashOf(token),
      expiresAt: new Date(now + LINK_MINUTES * 60_000).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  const mail = linkEmail(language, `${myBase()}/open?t=${token}`)
  await queueMessage(payload, { to: [email], subject: mail.subject, text: mail.text })
}

const rowBy = async (payload: Payload, field: 'tokenHash' | 'sessionHash', secret: string) =>
  (
    await payload.find({
      collection: RESIDENT_LINKS,
      where: { [field]: { equals: hashOf(secret) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] ?? null

/**
 * `GET /api/my/open?t=`: the emailed link. Used once: it starts a 12-hour session in this browser
 * (a cookie) and leads to the page; opened again, anywhere, or after 30 minutes, it does not.
 */
const openLink: Endpoint = {
  path: '/my/open',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('t')
    const row = isSecretShape(token) ? await rowBy(req.payload, 'tokenHash', token) : null
    const now = new Date()
    const language = languageOf(row?.language)
    if (linkState(row, now) !== 'valid')
      return askPage(language, strings(language).my.linkUsed, 410, null, 'linkTitle')
    const session = newSecret()
    // Only the first to mark it used gets the session: a second click racing it finds it taken.
    const claimed = await req.payload.db.updateMany({
      collection: RESIDENT_LINKS,
      where: { and: [{ id: { equals: row!.id } }, { usedAt: { exists: false } }] },
      data: {
        usedAt: now.toISOString(),
        sessionHash: hashOf(session),
        sessionExpiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
      },
    })
    if (!claimed?.length)
      return askPage(language, strings(language).my.linkUsed, 410, null, 'linkTitle')
    return new Response(null, {
      status: 303,
      headers: {
        location: `${myBase()}?lang=${language}`,
        'set-cookie': sessionCookie(
          session,
          currentSettings().cmsUrl.startsWith('https:'),
          SESSION_HOURS * 3600,
        ),
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
    })
  },
}

/** The signed-in resident of a request (their session cookie, still valid), or null. */
export const mySession = async (req: PayloadRequest): Promise<MySession | null> => {
  const session = sessionFrom(req.headers.get('cookie'))
  if (!session) return null
  const row = await rowBy(req.payload, 'sessionHash', session)
  if (!row || !sessionValid(row, new Date())) return null
  return { session, email: row.email, language: languageOf(row.language), id: row.id }
}

/** `GET /api/my`: the resident's page with a session; else the form asking for a link. */
const page: Endpoint = {
  path: '/my',
  method: 'get',
  handler: async (req) => {
    const me = await mySession(req)
    const asked = req.searchParams.get('lang')
    if (!me) {
      const language = languageOf(asked)
      const hadCookie = sessionFrom(req.headers.get('cookie')) !== null
      return hadCookie
        ? askPage(language, strings(language).my.expired, 401, null, 'expiredTitle')
        : askPage(language, null)
    }
    return myPage(req, me, asked ? languageOf(asked) : me.language, req.searchParams.get('done'))
  },
}

export const myLinkEndpoints: Endpoint[] = [askForLink, openLink, page]
