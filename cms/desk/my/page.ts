import type { Payload, PayloadRequest } from 'payload'

import { escapeHtml } from '../../../site/lib/html'
import { formatDateTime } from '../../../site/lib/i18n/format'
import { strings, type Language } from '../../../site/lib/i18n'
import { formatDay } from '../../core/businessDays'
import { relationId } from '../../core/relationId'
import {
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUESTS,
} from '../../core/slugs'
import { htmlPage } from '../../http'
import type { Correspondence, ServiceRequest } from '../../payload-types'
import { loadServices } from '../../servicerequests'
import { currentSettings } from '../../settings'
import { formToken, type MySession } from './core'

const base = () => `${currentSettings().cmsUrl}/api/my`
const h = escapeHtml
type Words = ReturnType<typeof strings>['my']
type TitleKey = 'title' | 'linkTitle' | 'expiredTitle' | 'sentTitle'

const render = (language: Language, title: string, body: string, status = 200) =>
  htmlPage({ title, body, language, status, siteUrl: currentSettings().siteUrl })

/** The form asking for a link (no JavaScript needed); a problem or a notice above it. */
export const askPage = (
  language: Language,
  problem: string | null,
  status = 200,
  notice: string | null = null,
  titleKey: TitleKey = notice ? 'sentTitle' : 'title',
) => {
  const t = strings(language).my
  const form =
    `<form method="post" action="${h(`${base()}/link`)}" novalidate>` +
    `<input type="hidden" name="language" value="${language}">` +
    `<p><label for="my-email">${h(t.email)}</label><br>` +
    `<input id="my-email" name="email" type="email" autocomplete="email" required` +
    `${problem ? ' aria-invalid="true" aria-describedby="my-problem"' : ''}></p>` +
    `<p><button type="submit">${h(t.send)}</button></p></form>`
  return render(
    language,
    t[titleKey],
    (problem ? `<p id="my-problem" class="problem" role="alert">${h(problem)}</p>` : '') +
      (notice ? `<p role="status">${h(notice)}</p>` : `<p>${h(t.askLead)}</p>${form}`),
    status,
  )
}

const dl = (rows: [string, string | null][]) =>
  `<dl>${rows
    .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
    .map(([term, value]) => `<dt>${h(term)}</dt><dd>${h(value)}</dd>`)
    .join('')}</dl>`

/** A form posting to the page's own actions, carrying the session's token. */
const action = (path: string, token: string, inner: string, files = false) =>
  `<form method="post" action="${h(`${base()}/${path}`)}"${files ? ' enctype="multipart/form-data"' : ''}>` +
  `<input type="hidden" name="token" value="${h(token)}">${inner}</form>`

const messageForm = (t: Words, path: string, token: string, id: string, photos: boolean) =>
  action(
    path,
    token,
    `<p><label for="${id}-text">${h(t.add)}</label><br>` +
      `<textarea id="${id}-text" name="message" rows="4" maxlength="5000" required></textarea></p>` +
      (photos
        ? `<p><label for="${id}-media">${h(t.photos)}</label><br>` +
          `<input id="${id}-media" name="media" type="file" accept="image/jpeg,image/png,image/webp" multiple></p>`
        : '') +
      `<p><button type="submit">${h(t.addSend)}</button></p>`,
    photos,
  )

const caseSection = (
  t: Words,
  language: Language,
  doc: Correspondence,
  messages: { direction: string; at: string; body?: string | null }[],
  token: string,
  pointer: string | null,
) => {
  const id = `case-${doc.id}`
  const head = `<h3 id="${id}">${h(doc.reference ?? '')}${doc.subject ? `: ${h(doc.subject)}` : ''}</h3>`
  if (pointer) return `<section aria-labelledby="${id}">${head}<p>${h(pointer)}</p></section>`
  const owed = doc.state === 'new' || doc.state === 'assigned'
  const thread = messages
    .filter((m) => m.direction !== 'note')
    .map((m) => {
      const who = m.direction === 'in' ? t.you : m.direction === 'call' ? t.phoneCall : t.city
      const text = m.direction === 'call' ? '' : `<div class="message">${h(m.body ?? '')}</div>`
      return `<li><p><strong>${h(who)}</strong>, ${h(formatDateTime(m.at, language))}</p>${text}</li>`
    })
    .join('')
  return (
    `<section aria-labelledby="${id}">${head}` +
    dl([
      [t.state, t.caseStates[doc.state] ?? doc.state],
      [t.received, doc.receivedAt ? formatDateTime(doc.receivedAt, language) : null],
      [
        t.replyBy,
        owed && doc.responseDueAt ? formatDay(new Date(doc.responseDueAt), language) : null,
      ],
    ]) +
    `<h4>${h(t.history)}</h4><ol class="thread">${thread}</ol>` +
    messageForm(t, `cases/${doc.id}/message`, token, id, false) +
    (doc.state !== 'closed'
      ? action(
          `cases/${doc.id}/close`,
          token,
          `<p><button type="submit">${h(t.close)}</button></p>`,
        )
      : '') +
    `</section>`
  )
}

const requestSection = (
  t: Words,
  language: Language,
  doc: ServiceRequest,
  service: string,
  events: { at: string; notes?: string | null; state?: string | null }[],
  token: string,
) => {
  const r = strings(language).requests
  const id = `request-${doc.id}`
  const rows = events
    .map(
      (e) =>
        `<li>${h(formatDateTime(e.at, language))}: ${h(e.state ? r.states[e.state as keyof typeof r.states] : '')}${e.notes ? `, ${h(e.notes)}` : ''}</li>`,
    )
    .join('')
  const status = `${currentSettings().cmsUrl}/api/service-requests/track/${doc.reference}?lang=${language}`
  return (
    `<section aria-labelledby="${id}"><h3 id="${id}">${h(doc.reference)}: ${h(service)}</h3>` +
    dl([
      [t.state, r.states[doc.state as keyof typeof r.states] ?? doc.state],
      [r.statusWhere, doc.addressLabel ?? null],
      [t.received, formatDateTime(doc.requestedAt, language)],
      [
        t.expected,
        doc.expectedAt && doc.status === 'open'
          ? formatDay(new Date(doc.expectedAt), language)
          : null,
      ],
      [t.notes, doc.statusNotes ?? null],
    ]) +
    `<h4>${h(t.history)}</h4><ol>${rows}</ol>` +
    `<p><a href="${h(status)}">${h(t.seeStatus)}</a></p>` +
    messageForm(t, `requests/${doc.id}/comment`, token, id, true) +
    `</section>`
  )
}

const DONE: Record<string, keyof Words> = {
  added: 'added',
  closed: 'closed',
  commented: 'commented',
}

/** Exactly this person's cases and 311 reports, newest first, with their histories. */
export const myPage = async (
  req: PayloadRequest,
  me: MySession,
  language: Language,
  done: string | null,
) => {
  const t = strings(language).my
  const { payload } = req
  const token = formToken(payload.secret, me.session)
  const [cases, requests] = await Promise.all([
    casesOf(payload, me.email),
    requestsOf(payload, me.email),
  ])
  const references = new Map(cases.map((c) => [String(c.id), c.reference ?? '']))
  const messages = await threadsOf(
    payload,
    cases.map((c) => c.id),
  )
  const events = await eventsOf(
    payload,
    requests.map((r) => r.id),
  )
  const services = new Map((await loadServices(payload, false)).map((s) => [String(s.id), s]))
  const notice = done && DONE[done] ? `<p role="status">${h(String(t[DONE[done]!]))}</p>` : ''
  const caseHtml = cases
    .map((c) => {
      const into = relationId(c.mergedInto)
      const pointer =
        into != null ? t.mergedInto(c.reference ?? '', references.get(String(into)) ?? '') : null
      return caseSection(t, language, c, messages.get(String(c.id)) ?? [], token, pointer)
    })
    .join('')
  const requestHtml = requests
    .map((r) => {
      const service = services.get(String(relationId(r.service)))
      const name = service
        ? language === 'fr' && service.nameFr
          ? service.nameFr
          : service.name
        : r.serviceCode
      return requestSection(t, language, r, name, events.get(String(r.id)) ?? [], token)
    })
    .join('')
  const body =
    notice +
    `<p>${h(t.lead(me.email))}</p>` +
    (cases.length || requests.length
      ? (cases.length ? `<h2>${h(t.cases)}</h2>${caseHtml}` : '') +
        (requests.length ? `<h2>${h(t.requests)}</h2>${requestHtml}` : '')
      : `<p>${h(t.nothing)}</p>`) +
    action('signout', token, `<p><button type="submit">${h(t.signOut)}</button></p>`)
  return render(language, t.title, body)
}

const casesOf = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: CORRESPONDENCE,
      where: { email: { equals: email } },
      sort: '-receivedAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const requestsOf = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: SERVICE_REQUESTS,
      where: { email: { equals: email } },
      sort: '-requestedAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const threadsOf = async (payload: Payload, ids: (number | string)[]) => {
  const byCase = new Map<string, { direction: string; at: string; body?: string | null }[]>()
  if (!ids.length) return byCase
  const { docs } = await payload.find({
    collection: CORRESPONDENCE_MESSAGES,
    where: { case: { in: ids } },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const m of docs) {
    const key = String(relationId(m.case))
    byCase.set(key, [...(byCase.get(key) ?? []), m])
  }
  return byCase
}

const eventsOf = async (payload: Payload, ids: (number | string)[]) => {
  const byRequest = new Map<
    string,
    { at: string; notes?: string | null; state?: string | null }[]
  >()
  if (!ids.length) return byRequest
  const { docs } = await payload.find({
    collection: SERVICE_REQUEST_EVENTS,
    where: { and: [{ request: { in: ids } }, { public: { equals: true } }] },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const e of docs) {
    const key = String(relationId(e.request))
    byRequest.set(key, [...(byRequest.get(key) ?? []), e])
  }
  return byRequest
}
