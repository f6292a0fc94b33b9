import type { Endpoint } from 'payload'

import { isStaff } from '../access/core/roles'
import {
  BodyRefused,
  clientIp,
  readBodyOrAdminForm,
  readBodyWithFiles,
  readJsonBody,
  jsonError,
  notStored,
  refuseUnless,
} from '../http'
import { serviceByCode } from './catalogue'
import type { RequestChannel } from './core/model'
import { nearbyReports, submitRequest } from './intake'
import { NEAR_ME_METRES, openReportsNear } from './nearMe'
import {
  duplicatesPage,
  messagePage,
  problemsPage,
  statusPage,
  stoppedPage,
  thanksPage,
} from './pages'
import { questionsOf } from './core/safety'
import { requestInputFrom } from './readInput'
import { changeStatus } from './status'
import { offeredTemplates } from './statusTemplateEndpoint'
import { readLatLong, LocationError } from '../addresses/core/geo'
import { strings, type Language } from '../../site/lib/i18n'
import { currentSettings } from '../settings'
import { mapPage } from './mapPage'
import { followEndpoints } from './followEndpoints'
import { reopenEndpoints } from './reopenEndpoints'
import { surveyEndpoints } from './surveyEndpoints'
import { dataEndpoints } from './dataEndpoints'
import { wardRequestsEndpoint } from './wardRequests'
import { MAX_REPORT_BYTES } from './core/photos'
import { photosIn } from './photos'
import { UNPLACED_CHANNELS } from './core/placement'
import { perIp, problemsJson, publicReport, stoppedJson } from './publicReport'

/**
 * The 311 API beside Open311's: staff entry (`POST /api/service-requests`), the site's form, the
 * status contract, following and unfollowing, the nearby-reports check the form makes while typing,
 * and the public status page.
 */

const STAFF_CHANNELS: readonly RequestChannel[] = ['phone', 'counter', 'email', 'web']

const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en')

/** `radius` as asked (whole metres within the bounds), the default when absent, else null. */
const readRadius = (value: string | null): number | null => {
  if (value === null || value === '') return NEAR_ME_METRES.default
  if (!/^\d{1,5}$/.test(value)) return null
  const metres = Number(value)
  return metres >= NEAR_ME_METRES.min && metres <= NEAR_ME_METRES.max ? metres : null
}

export const requestEndpoints: Endpoint[] = [
  {
    // Staff log a call or a counter visit; signed-out callers are the public (an app without a
    // key).
    path: '/',
    method: 'post',
    handler: async (req) => {
      // Signed-out callers are the public: an app without a key, the City's own 311 app.
      if (!isStaff(req.user)) return publicReport(req)
      const { values } = await readBodyOrAdminForm(req)
      const channel = STAFF_CHANNELS.includes(values.channel as RequestChannel)
        ? (values.channel as RequestChannel)
        : 'phone'
      const outcome = await submitRequest(req.payload, {
        ...requestInputFrom(values, channel),
        actor: req.user,
        locationOptional: UNPLACED_CHANNELS.includes(channel),
        req,
      })
      if (outcome.kind === 'stopped') return stoppedJson(outcome.instruction)
      if (outcome.kind === 'invalid') return problemsJson(outcome.problems)
      if (outcome.kind === 'duplicates')
        return jsonError(409, 'Nearby open reports of the same problem.')
      if (outcome.kind === 'unavailable')
        return notStored(
          jsonError(503, 'The report could not be stored; send it again in a minute.'),
        )
      const { doc, nearby } = outcome
      return Response.json(
        {
          doc,
          message: `${doc.reference} opened.`,
          reference: doc.reference,
          nearby: nearby.map(({ reference, metres, state }) => ({ reference, metres, state })),
        },
        { status: 201 },
      )
    },
  },
  {
    path: '/form',
    method: 'post',
    handler: async (req) => {
      // The limit comes before the body: a sender past it costs the server no reading at all.
      if (!(await perIp.take(req.payload, clientIp(req)))) {
        const language = languageOf(req.searchParams.get('language'))
        const t = strings(language).requests
        return messagePage(language, t.tooManyTitle, t.tooMany, 429)
      }
      let body: Awaited<ReturnType<typeof readBodyWithFiles>>
      try {
        body = await readBodyWithFiles(req, MAX_REPORT_BYTES)
      } catch (error) {
        if (!(error instanceof BodyRefused)) throw error
        const language = languageOf(req.searchParams.get('language'))
        const t = strings(language).requests
        const text = error.refusal.status === 413 ? t.fix.photosTooLarge : error.message
        return messagePage(language, t.checkTitle, text, error.refusal.status)
      }
      const { values, files } = body
      const language = languageOf(values.language)
      const t = strings(language).requests
      // The honeypot: a bot that fills it gets a page and nothing is stored.
      if (typeof values.website === 'string' && values.website.trim())
        return messagePage(language, t.thanksTitle, t.thanksNoEmail)
      const outcome = await submitRequest(req.payload, {
        ...requestInputFrom(values, 'web'),
        photos: photosIn(files),
        stopAtDuplicates: values.confirm_new !== 'yes',
        req,
      })
      if (outcome.kind === 'stopped')
        return stoppedPage(language, outcome.instruction, String(values.service_code ?? ''))
      if (outcome.kind === 'invalid') {
        const service = await serviceByCode(req.payload, values.service_code)
        const questions = new Map((service ? questionsOf(service) : []).map((a) => [a.code, a]))
        return problemsPage(language, outcome.problems, questions)
      }
      if (outcome.kind === 'duplicates')
        return duplicatesPage(language, outcome.nearby, values, photosIn(files).length)
      if (outcome.kind === 'unavailable')
        return notStored(messagePage(language, t.notStoredTitle, t.notStored, 503))
      return thanksPage(language, outcome.doc)
    },
  },
  {
    path: '/nearby',
    method: 'get',
    handler: async (req) => {
      const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' }
      const code = req.searchParams.get('service_code')
      // Without a service: every open report near the resident (the app's "nearby").
      const service = code === null ? null : await serviceByCode(req.payload, code)
      if (code !== null && !service)
        return jsonError(
          400,
          'Give an active `service_code`, or none for every service.',
          'service_code',
        )
      try {
        const point = readLatLong(req.searchParams.get('lat'), req.searchParams.get('long'))
        if (service)
          return Response.json(
            (await nearbyReports(req.payload, service, point)).map(
              ({ reference, metres, state, addressLabel }) => ({
                reference,
                metres,
                state,
                address: addressLabel,
              }),
            ),
            { headers },
          )
        const radius = readRadius(req.searchParams.get('radius'))
        if (radius === null)
          return jsonError(
            400,
            `Give a \`radius\` in metres from ${NEAR_ME_METRES.min} to ${NEAR_ME_METRES.max}.`,
            'radius',
          )
        return Response.json(
          (await openReportsNear(req.payload, point, radius)).map((r) => ({
            reference: r.reference,
            metres: r.metres,
            state: r.state,
            address: r.addressLabel,
            service_code: r.serviceCode,
            requested_datetime: r.requestedAt,
          })),
          { headers },
        )
      } catch (error) {
        if (error instanceof LocationError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  },
  {
    // The site's "follow a report" form (GET, works without JavaScript) lands on the status page.
    path: '/track',
    method: 'get',
    handler: async (req) => {
      const reference = (req.searchParams.get('reference') ?? '').trim().toUpperCase()
      const lang = languageOf(req.searchParams.get('lang'))
      return new Response(null, {
        status: 303,
        headers: {
          location: `${currentSettings().cmsUrl}/api/service-requests/track/${encodeURIComponent(reference)}${lang === 'fr' ? '?lang=fr' : ''}`,
        },
      })
    },
  },
  ...dataEndpoints,
  wardRequestsEndpoint,
  {
    path: '/map',
    method: 'get',
    handler: async (req) => mapPage(req.payload, languageOf(req.searchParams.get('lang'))),
  },
  {
    path: '/track/:reference',
    method: 'get',
    handler: async (req) =>
      statusPage(
        req.payload,
        String(req.routeParams?.reference ?? ''),
        languageOf(req.searchParams.get('lang')),
      ),
  },
  ...followEndpoints,
  ...reopenEndpoints,
  ...surveyEndpoints,
  offeredTemplates,
  {
    path: '/:id/status',
    method: 'post',
    handler: async (req) => {
      const refused = refuseUnless(req, (user) => isStaff(user), {
        signIn: 'Sign in to change a request’s status.',
        forbidden: 'Only staff change a request’s status.',
      })
      if (refused) return refused
      const body = await readJsonBody(req)
      const result = await changeStatus(req.payload, {
        id: req.routeParams?.id,
        user: req.user,
        state: body.state,
        reason: body.reason,
        notes: body.notes,
        duplicateOf: body.duplicateOf,
        agency: body.agency,
        template: body.template,
        req,
      })
      return result.ok
        ? Response.json({ doc: result.doc, message: result.message, notified: result.notified })
        : jsonError(result.status, result.message, result.field)
    },
  },
]

/** Who follows: an email address, a mobile number (texts) or a browser's push subscription. */
