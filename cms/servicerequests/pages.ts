import type { Payload } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'
import { formatDateTime } from '../../site/lib/i18n/format'
import { SECTION_BASE } from '../../site/lib/i18n/locales'
import { formatDay } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { SERVICE_REQUEST_EVENTS, SERVICE_TYPES } from '../core/slugs'
import { htmlPage } from '../http'
import { currentSettings } from '../settings'
import type { ClosingReason, RequestState } from './core/model'
import type { NearbyReport, Problem } from './intake'
import type { RequestDoc } from './requestDoc'
import { publicPhotos } from './photos'
import { loadRequest } from './status'
import { serviceName, statusUrl } from './tracking'

/**
 * The pages the CMS answers for 311 (the public site is static): the form's answers and the public
 * status page of a request. They carry no personal information and work without JavaScript.
 */

export const page = (language: Language, title: string, body: string, status = 200) =>
  htmlPage({ title, body, language, status, siteUrl: currentSettings().siteUrl })

const formUrl = (language: Language) =>
  `${currentSettings().siteUrl}${language === 'fr' ? '/fr/311/signaler/' : '/311/report/'}`

const home = (language: Language) => `${currentSettings().siteUrl}${SECTION_BASE[language].home}`

/** The service's questions by code, in both languages: the form page names them as the form did. */
export type QuestionLabels = Map<string, { description: string; descriptionFr?: string | null }>

/**
 * A problem as the form's page says it, in the page's language: the field as labelled, what to do.
 */
const describeProblem = (language: Language, p: Problem, questions: QuestionLabels) => {
  const t = strings(language).requests
  const attribute = /^attribute\[(.+)\]$/.exec(p.field)
  if (attribute) {
    const q = questions.get(attribute[1]!)
    const label = q
      ? language === 'fr' && q.descriptionFr
        ? q.descriptionFr
        : q.description
      : t.questions
    return { label, text: p.kind === 'required' ? t.fix.required : t.fix.invalid }
  }
  switch (p.field) {
    case 'service_code':
      return { label: t.service, text: t.fix.service }
    case 'address_string':
    case 'address_id':
    case 'address':
      return { label: t.address, text: t.fix.address }
    case 'lat':
    case 'long':
      return { label: t.where, text: p.kind === 'outside' ? t.fix.outside : t.fix.place }
    case 'email':
      return { label: t.email, text: t.fix.email }
    case 'events':
      return { label: strings(language).watch.events, text: strings(language).watch.fixEvents }
    case 'ward':
      return { label: strings(language).watch.ward, text: strings(language).watch.fixWard }
    case 'radius':
      return { label: strings(language).watch.radius, text: strings(language).watch.fixRadius }
    case 'phone':
      return { label: t.phone, text: t.fix.phone }
    case 'description':
      return { label: t.description, text: t.fix.descriptionLong }
    case 'media':
      return {
        label: t.photos,
        text:
          p.kind === 'photo-count'
            ? t.fix.photoCount
            : p.kind === 'photo-size'
              ? t.fix.photoSize
              : p.kind === 'photo-unreadable'
                ? t.fix.photoUnreadable
                : t.fix.photoType,
      }
    default:
      return { label: p.field, text: p.message }
  }
}

export const problemsPage = (
  language: Language,
  problems: Problem[],
  questions: QuestionLabels = new Map(),
) => {
  const t = strings(language).requests
  const items = problems
    .map((p) => {
      const { label, text } = describeProblem(language, p, questions)
      return `<li><strong>${escapeHtml(label)}</strong>${language === 'fr' ? ' : ' : ': '}${escapeHtml(text)}${
        p.suggestions?.length
          ? ` ${escapeHtml(t.didYouMean)}<ul>${p.suggestions.map((s) => `<li>${escapeHtml(s.label)}</li>`).join('')}</ul>`
          : ''
      }</li>`
    })
    .join('')
  return page(
    language,
    t.checkTitle,
    `<p>${escapeHtml(t.nothingSent)}</p><ul>${items}</ul><p><a href="${escapeHtml(formUrl(language))}">${escapeHtml(t.backToForm)}</a></p>`,
    400,
  )
}

/** "Follow it instead": an email address and a button, posting to the request's follow endpoint. */
const followForm = (language: Language, reference: string, id: string, email = '') => {
  const t = strings(language).requests
  return (
    `<form method="post" class="inquiry-form" action="${escapeHtml(`${currentSettings().cmsUrl}/api/service-requests/${reference}/follow`)}">` +
    `<input type="hidden" name="language" value="${language}">` +
    `<label for="${id}">${escapeHtml(t.followEmail)}</label> ` +
    `<input id="${id}" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}"> ` +
    `<button class="button" type="submit">${escapeHtml(t.followInstead)}</button></form>`
  )
}

/** "Me too": the same problem, counted once the email is proven, and followed. */
const meTooForm = (language: Language, reference: string) => {
  const t = strings(language).requests
  return (
    `<form method="post" class="inquiry-form" action="${escapeHtml(`${currentSettings().cmsUrl}/api/service-requests/${reference}/me-too`)}">` +
    `<input type="hidden" name="language" value="${language}">` +
    `<label for="me-too-email">${escapeHtml(t.followEmail)}</label> ` +
    `<input id="me-too-email" name="email" type="email" autocomplete="email" required> ` +
    `<button class="button" type="submit">${escapeHtml(t.meTooButton)}</button></form>`
  )
}

const hidden = (values: Record<string, unknown>) =>
  Object.entries(values)
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value])
        .filter((v) => v != null && v !== '')
        .map(
          (v) =>
            `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(String(v))}">`,
        ),
    )
    .join('')

/** The photo input of a form: the site's report form and the "send anyway" form have the same. */
export const photoInput = (language: Language, lead = '') => {
  const t = strings(language).requests
  return (
    `<p><label for="media">${escapeHtml(t.photos)}</label><br>` +
    `<span class="hint" id="media-hint">${escapeHtml(`${lead}${t.photosHint}`)}</span><br>` +
    `<input id="media" name="media" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="media-hint"></p>`
  )
}

/**
 * "Already reported?": follow one of the nearby reports, or send anyway. A browser cannot send a
 * file again from a page it did not choose it on, so photos sent with the first try are asked for
 * again.
 */
export const duplicatesPage = (
  language: Language,
  nearby: NearbyReport[],
  values: Record<string, unknown>,
  photoCount = 0,
) => {
  const t = strings(language).requests
  const cms = currentSettings().cmsUrl
  const email = typeof values.email === 'string' ? values.email : ''
  const items = nearby
    .map(
      (report, index) =>
        `<li><p><a href="${escapeHtml(statusUrl(report.reference, language))}">${escapeHtml(report.reference)}</a> — ${escapeHtml(report.addressLabel ?? '')}, ${escapeHtml(t.metresAway(report.metres))} (${escapeHtml(t.states[report.state])})</p>` +
        `${followForm(language, report.reference, `follow-email-${index}`, email)}</li>`,
    )
    .join('')
  return page(
    language,
    t.alreadyTitle,
    `<p>${escapeHtml(t.alreadyLead)}</p><ul>${items}</ul>` +
      `<form method="post" class="inquiry-form" enctype="multipart/form-data" action="${escapeHtml(`${cms}/api/service-requests/form`)}">${hidden({ ...values, confirm_new: 'yes' })}` +
      photoInput(language, photoCount ? `${t.photosAgain} ` : '') +
      `<button class="button" type="submit">${escapeHtml(t.differentProblem)}</button></form>` +
      `<p><a href="${escapeHtml(formUrl(language))}">${escapeHtml(t.backToForm)}</a></p>`,
  )
}

export const thanksPage = (language: Language, doc: RequestDoc) => {
  const t = strings(language).requests
  const track = statusUrl(doc.reference, language)
  return page(
    language,
    t.thanksTitle,
    `<p><strong>${escapeHtml(t.thanksReference(doc.reference))}</strong></p>` +
      (doc.expectedAt
        ? `<p>${escapeHtml(t.thanksExpected(formatDay(new Date(doc.expectedAt), language)))}</p>`
        : '') +
      `<p>${escapeHtml(doc.email ? t.thanksEmail : t.thanksNoEmail)}</p>` +
      `<p><a href="${escapeHtml(track)}">${escapeHtml(t.trackIt)}</a></p>` +
      `<p><a href="${escapeHtml(home(language))}">${escapeHtml(t.backHome)}</a></p>`,
    201,
  )
}

/**
 * The safety question answered "yes": nothing was sent, and what to do instead comes first, in
 * large type, before anything else on the page.
 */
export const stoppedPage = (language: Language, instruction: string, serviceCode: string) => {
  const t = strings(language).requests
  const back = `${formUrl(language)}${encodeURIComponent(serviceCode)}/`
  return page(
    language,
    t.safetyStoppedTitle,
    `<div class="notice notice--danger" role="alert"><p><strong>${escapeHtml(instruction)}</strong></p></div>` +
      `<p>${escapeHtml(t.safetyStoppedLead)}</p>` +
      `<p><a href="${escapeHtml(back)}">${escapeHtml(t.safetyStoppedBack)}</a></p>`,
  )
}

export const messagePage = (language: Language, title: string, text: string, status = 200) =>
  page(
    language,
    title,
    `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(home(language))}">${escapeHtml(strings(language).requests.backHome)}</a></p>`,
    status,
  )

/**
 * A mailed link's page: one question and one button that posts back, so a mail scanner opening
 * the link does nothing.
 */
export const oneButtonPage = (
  language: Language,
  title: string,
  action: string,
  question: string,
  button: string,
) =>
  page(
    language,
    title,
    `<form method="post" class="inquiry-form" action="${escapeHtml(action)}">` +
      `<p>${escapeHtml(question)}</p><button class="button" type="submit">${escapeHtml(button)}</button></form>`,
  )

/** The stop link's page. */
export const confirmStopPage = (language: Language, token: string, reference: string) => {
  const t = strings(language).requests
  const action = `${currentSettings().cmsUrl}/api/service-requests/unfollow/${encodeURIComponent(token)}`
  return oneButtonPage(language, t.stoppedTitle, action, t.stopConfirm(reference), t.stopButton)
}

/** The confirmation link's page, for a follower by email. */
export const confirmFollowPage = (language: Language, action: string, reference: string) => {
  const t = strings(language).requests
  return oneButtonPage(
    language,
    t.confirmFollowTitle,
    action,
    t.confirmFollow(reference),
    t.confirmFollowButton,
  )
}

/** The public status page: the service, place, state, notes and public history of one request. */
export const statusPage = async (payload: Payload, reference: string, language: Language) => {
  const t = strings(language).requests
  const doc = /^SR-\d{4}-\d{6,}$/.test(reference) ? await loadRequest(payload, reference) : null
  if (!doc)
    return messagePage(language, t.statusTitle(reference.slice(0, 30)), t.statusNotFound, 404)
  const service = await payload.findByID({
    collection: SERVICE_TYPES,
    id: relationId(doc.service)!,
    depth: 0,
    overrideAccess: true,
  })
  const { docs: events } = await payload.find({
    collection: SERVICE_REQUEST_EVENTS,
    where: { and: [{ request: { equals: doc.id } }, { public: { equals: true } }] },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const photos = (await publicPhotos(payload, [doc.id])).get(String(doc.id)) ?? []
  const figures = photos
    .map((photo, index) => {
      const alt = (language === 'fr' ? photo.altFr : photo.alt) || t.photoAlt(index + 1)
      const size =
        photo.width && photo.height ? ` width="${photo.width}" height="${photo.height}"` : ''
      return `<li><img src="${escapeHtml(photo.url)}" alt="${escapeHtml(alt)}"${size} loading="lazy" style="max-width:100%;height:auto"></li>`
    })
    .join('')
  const merged =
    relationId(doc.mergedInto) != null
      ? await loadRequest(payload, relationId(doc.mergedInto))
      : null
  const reopenedFrom =
    relationId(doc.reopenedFrom) != null
      ? await loadRequest(payload, relationId(doc.reopenedFrom))
      : null
  const state =
    t.states[doc.state as RequestState] +
    (doc.closingReason ? ` (${t.reasons[doc.closingReason as ClosingReason]})` : '')
  const rows = events
    .map((event) => {
      return `<tr><td>${escapeHtml(formatDateTime(event.at, language))}</td><td>${escapeHtml(event.state ? t.states[event.state] : '')}${event.notes ? ` — ${escapeHtml(event.notes)}` : ''}</td></tr>`
    })
    .join('')
  return page(
    language,
    t.statusTitle(doc.reference),
    `<p>${escapeHtml(t.statusLead)}</p>` +
      (merged
        ? `<p><a href="${escapeHtml(statusUrl(merged.reference, language))}">${escapeHtml(t.mergedInto(merged.reference))}</a></p>`
        : '') +
      `<dl><dt>${escapeHtml(t.statusService)}</dt><dd>${escapeHtml(serviceName(service, language))}</dd>` +
      `<dt>${escapeHtml(t.statusWhere)}</dt><dd>${escapeHtml(doc.addressLabel ?? '—')}</dd>` +
      `<dt>${escapeHtml(t.statusState)}</dt><dd>${escapeHtml(state)}</dd>` +
      `<dt>${escapeHtml(t.statusReceived)}</dt><dd>${escapeHtml(formatDateTime(doc.requestedAt, language))}</dd>` +
      (doc.expectedAt && doc.status === 'open'
        ? `<dt>${escapeHtml(t.statusExpected)}</dt><dd>${escapeHtml(formatDay(new Date(doc.expectedAt), language))}</dd>`
        : '') +
      (doc.statusNotes
        ? `<dt>${escapeHtml(t.statusNotes)}</dt><dd>${escapeHtml(doc.statusNotes)}</dd>`
        : '') +
      (reopenedFrom
        ? `<dt>${escapeHtml(t.reopenedFromLabel)}</dt><dd><a href="${escapeHtml(statusUrl(reopenedFrom.reference, language))}">${escapeHtml(reopenedFrom.reference)}</a></dd>`
        : '') +
      `</dl>` +
      (doc.meTooCount ? `<p>${escapeHtml(t.meTooCount(doc.meTooCount))}</p>` : '') +
      (figures ? `<h2>${escapeHtml(t.statusPhotos)}</h2><ul class="photos">${figures}</ul>` : '') +
      (doc.status === 'open'
        ? `<h2>${escapeHtml(t.meTooTitle)}</h2><p>${escapeHtml(t.meTooLead)}</p>${meTooForm(language, doc.reference)}` +
          `<h2>${escapeHtml(t.followTitle)}</h2>${followForm(language, doc.reference, 'follow-email')}`
        : '') +
      `<h2>${escapeHtml(t.history)}</h2><table><thead><tr><th scope="col">${escapeHtml(t.historyWhen)}</th><th scope="col">${escapeHtml(t.historyWhat)}</th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}
